"use client";
import { applyPledgeImport, previewPledgeImport } from "@/lib/actions/import/actions";
import type { RowPlan } from "@/lib/import-export/plan";
import { useEffect, useRef } from "react";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

const ACTION_WORDS: Record<RowPlan["action"], string> = {
  create: "New pledge",
  update: "Changes",
  unchanged: "No change",
  error: "Cannot import",
};

const clip = (s: string) => (s.length > 160 ? `${s.slice(0, 159)}…` : s) || "(empty)";

// Upload, dry run, then apply: the editor sees every row's outcome before anything is written.
export function ImportForm() {
  const preview = useActionForm(previewPledgeImport);
  const apply = useActionForm(applyPledgeImport);
  const result = preview.state?.ok ? preview.state.data : null;
  const plan = result?.plan;
  const applied = apply.state?.ok === true;
  const shown = plan?.rows.filter((r) => r.action !== "unchanged") ?? [];
  // A new dry run takes the focus, as a form's message does, so its outcome is heard first.
  const dryRunHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (plan) dryRunHeading.current?.focus();
  }, [plan]);
  return (
    <>
      <form onSubmit={preview.onSubmit} className="panel" aria-label="Check a CSV file" encType="multipart/form-data">
        <label htmlFor="import-file">CSV file (exported from the Pledges page, then edited)</label>{" "}
        <input id="import-file" type="file" name="file" accept=".csv,text/csv" required data-testid="import-file" />{" "}
        <button type="submit" disabled={preview.pending}>
          {preview.pending ? "Checking…" : "Check the file (dry run)"}
        </button>
        <p className="muted small">
          Checking changes nothing. You will see what each row would do before you apply it.
        </p>
        {preview.state && !preview.state.ok && <FormMessage state={preview.state} />}
      </form>

      {plan && (
        <section className="panel" aria-labelledby="dry-run" data-testid="dry-run">
          <h2 id="dry-run" ref={dryRunHeading} tabIndex={-1}>
            Dry run of {result.fileName}
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
                <caption className="sr-only">What each changed row of the file would do</caption>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Pledge</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">Details</th>
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
                      <td>{ACTION_WORDS[r.action]}</td>
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
                                  clip(c.after)
                                ) : (
                                  <>
                                    {clip(c.before)} → {clip(c.after)}
                                  </>
                                )}
                              </li>
                            ))}
                            {(r.action === "create" || r.action === "update") && r.status && (
                              <li className="muted">
                                {r.status.correctsId
                                  ? "Corrects the latest status update"
                                  : "Records a new status update"}
                              </li>
                            )}
                            {(r.action === "create" || r.action === "update") && r.closes && (
                              <li className="muted">Closes “{r.closes.title}” as dropped: this pledge supersedes it</li>
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
                {apply.pending ? "Applying…" : `Apply ${plan.counts.create + plan.counts.update} changes`}
              </button>{" "}
              <span className="muted small">All rows are saved together, or none.</span>
            </form>
          )}
          {!plan.canApply && plan.counts.error > 0 && (
            <p className="import-error">
              Fix the rows marked “Cannot import” in your spreadsheet, then check the file again. Nothing was changed.
            </p>
          )}
          <FormMessage state={apply.state} />
        </section>
      )}
    </>
  );
}
