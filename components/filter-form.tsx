"use client";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";
import { filterQuery } from "@/lib/domain/filter-query";

const TYPING_PAUSE_MS = 400;

// A GET filter form that applies as it changes: each choice updates the URL (a history entry,
// so back and forward step through the views), without empty fields, and the server renders
// the result. Without script it is the same form, applied with its submit button.
export function FilterForm({
  label,
  className = "filters panel",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const t = useTranslations("filters");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // data-live marks the form as applying as it changes (until then it is a plain GET form).
  useEffect(() => {
    const element = form.current;
    element?.setAttribute("data-live", "");
    return () => {
      clearTimeout(typing.current);
      element?.removeAttribute("data-live");
    };
  }, []);

  const apply = () => {
    if (!form.current) return;
    // A choice equal to what the page assumes without it (data-omit-when) stays out of the URL.
    const assumed = new Map(
      [...form.current.querySelectorAll<HTMLSelectElement>("select[data-omit-when]")].map((s) => [
        s.name,
        s.dataset.omitWhen,
      ]),
    );
    const entries = [...new FormData(form.current)]
      .map(([k, v]) => [k, String(v)] as [string, string])
      .filter(([k, v]) => assumed.get(k) !== v);
    const href = `${pathname}${filterQuery(entries)}`;
    startTransition(() => router.push(href, { scroll: false }));
  };

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    clearTimeout(typing.current);
    const target = event.target as HTMLInputElement;
    // Typing waits for a pause; a choice applies at once.
    if (target.type === "search" || target.type === "text") typing.current = setTimeout(apply, TYPING_PAUSE_MS);
    else apply();
  };

  return (
    <form
      ref={form}
      method="get"
      className={className}
      aria-label={label}
      aria-busy={pending}
      onChange={onChange}
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(typing.current);
        apply();
      }}
    >
      {children}
      <span role="status" aria-live="polite" className="muted small filter-status">
        {pending ? t("updating") : ""}
      </span>
    </form>
  );
}
