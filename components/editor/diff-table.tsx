import { useTranslations } from "next-intl";
import type { DiffRow } from "@/lib/domain/audit-diff";

// A change as a table: field, before, after (struck through / underlined as well as
// coloured, so it reads without colour too). Shown in client forms as well as server pages, so
// it takes its words with the hook that works in both.
export function DiffTable({ rows, caption }: { rows: DiffRow[]; caption?: string }) {
  const t = useTranslations("review.diff");
  if (rows.length === 0) return <p className="muted small">{t("none")}</p>;
  return (
    <div className="table-scroll">
      <table className="diff">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.field}>
              <th scope="row">{r.field}</th>
              <td>{r.before === null ? <span className="muted">—</span> : <del>{r.before}</del>}</td>
              <td>{r.after === null ? <span className="muted">—</span> : <ins>{r.after}</ins>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
