"use client";
import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/core/result";
import { DiffTable } from "./diff-table";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

// The outcome of a submission: a confirmation, or what went wrong, including the change
// someone else saved first. Focus moves here so keyboard and screen-reader users hear it.
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  if (!state) return null;
  const fieldCount = state.ok ? 0 : Object.keys(state.fieldErrors).length;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`notice ${state.ok ? "notice-ok" : "notice-error"}`}
      role={state.ok ? "status" : "alert"}
      data-testid="form-message"
    >
      <p>
        <strong>{state.message}</strong>
        {fieldCount > 0 && (
          <span> ({fieldCount === 1 ? "see the marked field" : `see the ${fieldCount} marked fields`})</span>
        )}
      </p>
      {!state.ok && state.conflict && state.conflict.length > 0 && (
        <div data-testid="conflict">
          {state.conflict.map((c, i) => (
            <div key={i}>
              <p className="small">
                {c.actor} saved <code>{c.action}</code> at {when(c.at)}:
              </p>
              <DiffTable rows={c.changes} caption="Their change" />
            </div>
          ))}
        </div>
      )}
      {!state.ok && state.fieldErrors.form && <p>{state.fieldErrors.form.join(" ")}</p>}
    </div>
  );
}
