"use client";
import { applyPledgeImport, previewPledgeImport } from "@/lib/actions/import/actions";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

const clip = (s: string, empty: string) => (s.length > 160 ? `${s.slice(0, 159)}…` : s) || empty;

// Upload, dry run, then apply: the editor sees every row's outcome before anything is written.
export function ImportForm() {
  const t = useTranslations("import");
  const preview = useActionForm(previewPledgeImport);
  const apply = useActionForm(applyPledgeImport);
  const result = preview.state?.ok ? preview.state.data : null;
  const plan = result?.plan;
  const applied = apply.state?.ok === true;
  const shown = plan?.rows.filter((r) => r.action !== "unchanged") ?? [];
  const empty = t("dryRun.empty");
  // A new dry run takes the focus, as a form's message does, so its outcome is heard first.
  const dryRunHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (plan) dryRunHeading.current?.focus();
  }, [plan]);
  return (
    <>
      <form onSubmit={preview.onSubmit} className="panel" aria-label={t("form.label")} encType="multipart/form-data">
        <label htmlFor="import-file">{t("form.file")}</label>{" "}
        <input id="import-file" type="file" name="file" accept=".csv,text/csv" required data-testid="import-file" />{" "}
        <button type="submit" disabled={preview.pending}>
          {preview.pending ? t("form.checking") : t("form.check")}
        </button>
        <p className="muted small">{t("form.checkHint")}</p>
        {preview.state && !preview.state.ok && <FormMessage state={preview.state} />}
      </form>

      {plan && (
        <section className="panel" aria-labelledby="dry-run" data-testid="dry-run">
          <h2 id="dry-run" ref={dryRunHeading} tabIndex={-1}>
            {t("dryRun.heading", { fileName: result.fileName })}
          </h2>
          <p>
            <strong>{preview.state?.message}</strong>
          </p>
          {plan.fileErrors.map((e) => (
            <p key={e} className="import-error">
              {e}
            </p>
          ))}
          {plan.notices.map((n) => (
            <p key={n} className="muted small">
              {n}
            </p>
          ))}
          {shown.length > 0 && (
            <div className="table-scroll">
              <table data-testid="import-rows">
                <caption className="sr-only">{t("dryRun.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("dryRun.row")}</th>
                    <th scope="col">{t("dryRun.pledge")}</th>
                    <th scope="col">{t("dryRun.outcome")}</th>
                    <th scope="col">{t("dryRun.details")}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.line} data-action={r.action}>
                      <td className="num">{r.line}</td>
                      <td>
                        {r.title}
                        {r.id && <div className="muted small">{r.id}</div>}
                      </td>
                      <td>{t(`dryRun.action.${r.action}`)}</td>
                      <td>
                        {r.errors.length > 0 ? (
                          <ul className="import-errors">
                            {r.errors.map((e) => (
                              <li key={e}>{e}</li>
                            ))}
                          </ul>
                        ) : (
                          <ul className="import-changes">
                            {r.changes.map((c) => (
                              <li key={c.column}>
                                <code>{c.column}</code>:{" "}
                                {r.action === "create" ? (
                                  clip(c.after, empty)
                                ) : (
                                  <>
                                    {clip(c.before, empty)} → {clip(c.after, empty)}
                                  </>
                                )}
                              </li>
                            ))}
                            {(r.action === "create" || r.action === "update") && r.status && (
                              <li className="muted">
                                {r.status.correctsId ? t("dryRun.correctsStatus") : t("dryRun.recordsStatus")}
                              </li>
                            )}
                            {(r.action === "create" || r.action === "update") && r.closes && (
                              <li className="muted">{t("dryRun.closes", { title: r.closes.title })}</li>
                            )}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {plan.canApply && !applied && (
            <form onSubmit={apply.onSubmit} style={{ marginTop: "1rem" }}>
              <input type="hidden" name="csv" value={result.csv} />
              <button type="submit" disabled={apply.pending} data-testid="apply-import">
                {apply.pending
                  ? t("dryRun.applying")
                  : t("dryRun.apply", { count: plan.counts.create + plan.counts.update })}
              </button>{" "}
              <span className="muted small">{t("dryRun.allOrNone")}</span>
            </form>
          )}
          {!plan.canApply && plan.counts.error > 0 && <p className="import-error">{t("dryRun.fixRows")}</p>}
          <FormMessage state={apply.state} />
        </section>
      )}
    </>
  );
}
