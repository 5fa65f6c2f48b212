import type { ReactNode } from "react";

export type FieldControlProps = { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string };

// A labelled form control with its hint and errors wired up for assistive technology.
export function Field({
  label,
  name,
  errors,
  hint,
  id = `f-${name.replace(/[^\w-]/g, "-")}`,
  children,
}: {
  label: ReactNode;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  id?: string;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${errors?.length ? " field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {children({ id, name, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      {errorId && (
        <span id={errorId} className="field-error" data-testid={`error-${name}`}>
          {errors!.join(" ")}
        </span>
      )}
    </div>
  );
}
