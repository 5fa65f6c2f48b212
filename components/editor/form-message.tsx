"use client";
import { useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import type { ActionState } from "@/lib/actions/core/result";
import { DiffTable } from "./diff-table";

const INTL: Record<Locale, string> = { en: "en-GB", ja: "ja-JP" };

const when = (iso: string, locale: Locale) =>
  new Date(iso).toLocaleString(INTL[locale], { dateStyle: "medium", timeStyle: "short" });

// The outcome of a submission: a confirmation, or what went wrong, including the change
// someone else saved first. Focus moves here so keyboard and screen-reader users hear it.
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  const t = useTranslations("editor.formMessage");
  const locale = useLocale();
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
        {fieldCount > 0 && <span>{t("fields", { count: fieldCount })}</span>}
      </p>
      {!state.ok && state.conflict && state.conflict.length > 0 && (
        <div data-testid="conflict">
          {state.conflict.map((c, i) => (
            <div key={i}>
              <p className="small">
                {t.rich("conflict", {
                  actor: c.actor,
                  action: c.action,
                  time: when(c.at, locale),
                  code: (chunks) => <code>{chunks}</code>,
                })}
              </p>
              <DiffTable rows={c.changes} caption={t("theirChange")} />
            </div>
          ))}
        </div>
      )}
      {!state.ok && state.fieldErrors.form && <p>{state.fieldErrors.form.join(" ")}</p>}
    </div>
  );
}
