import type { Metadata } from "next";
import Link from "next/link";
import { listDialogues } from "@/lib/data/dialogues";
import { matrixParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { statusMatrix } from "@/lib/data/matrix";
import { formatMonth, ordinal } from "@/lib/domain/dates";
import { MEETING_KIND_LABELS, STATUSES, STATUS_COLOURS, STATUS_LABELS } from "@/lib/domain/status";
import type { MatrixCell } from "@/lib/domain/status-history";
import { DialogueFilter } from "@/components/dialogue-filter";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Pledge × meeting matrix" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Cell({ cell }: { cell: MatrixCell }) {
  if (cell.kind === "not-yet") return <span className="muted" aria-label="Not yet pledged">·</span>;
  const label = STATUS_LABELS[cell.status];
  if (cell.kind === "no-report") {
    return (
      <span className="cell cell-silent" data-kind="no-report" title={`No report at this meeting; status carried forward: ${label}`}>
        {label}
        <span className="sr-only"> (no report at this meeting)</span>
        <span aria-hidden="true"> ∅</span>
      </span>
    );
  }
  return (
    <span className="cell" data-kind={cell.kind} style={{ background: STATUS_COLOURS[cell.status] }}>
      {cell.kind === "made" ? "Made" : label}
      {cell.kind === "made" && <span className="sr-only"> (pledged at this meeting)</span>}
    </span>
  );
}

export default async function MatrixPage({ searchParams }: Props) {
  const { data, problems } = parseSearchParams(matrixParams, await searchParams);
  const { page, ...filters } = data;
  const dialogues = await listDialogues();
  const dialogue = dialogues.find((d) => d.id === filters.dialogue) ?? dialogues[0];
  if (!dialogue) return <div className="panel empty">No dialogues recorded yet.</div>;
  const matrix = await statusMatrix(dialogue.id, { ...filters, dialogue: dialogue.id }, page);
  return (
    <>
      <h1>Pledge × meeting matrix</h1>
      <ParamNotice problems={problems} />
      <p className="lead">
        {dialogue.name}: each cell is a pledge&rsquo;s status as of that meeting. Hatched cells (∅) mark a meeting that said nothing
        about the pledge; its last known status is carried forward.
      </p>
      <DialogueFilter dialogues={dialogues} selected={dialogue.id} allowAll={false} />
      <ul className="legend" aria-label="Legend" style={{ marginTop: "1rem" }}>
        {STATUSES.map((s) => (
          <li key={s}>
            <span className="cell" style={{ background: STATUS_COLOURS[s], display: "inline-block" }}>
              {STATUS_LABELS[s]}
            </span>
          </li>
        ))}
        <li>
          <span className="cell cell-silent" style={{ display: "inline-block" }}>
            No report ∅
          </span>
        </li>
      </ul>
      {matrix.rows.length === 0 ? (
        <div className="panel empty">No pledges in this dialogue yet.</div>
      ) : (
        <div className="panel table-scroll">
          <table className="matrix" data-testid="matrix">
            <caption className="sr-only">Status of each pledge as of each meeting of {dialogue.name}</caption>
            <thead>
              <tr>
                <th scope="col">Pledge</th>
                {matrix.meetings.map((m) => (
                  <th scope="col" key={m.id}>
                    <Link href={`/meetings/${m.id}`}>{m.ordinal ? `${ordinal(m.ordinal)} ${MEETING_KIND_LABELS[m.kind]}` : MEETING_KIND_LABELS[m.kind]}</Link>
                    <div className="muted small">{formatMonth(m.date)}</div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((r) => (
                <tr key={r.id} data-pledge={r.id}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    <Link href={`/pledges/${r.id}`}>{r.title}</Link>
                    <div className="muted small">{r.area}</div>
                  </th>
                  {r.cells.map((c, i) => (
                    <td key={matrix.meetings[i]!.id}>
                      <Cell cell={c} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={matrix.page} pages={matrix.pages} hrefFor={(p) => `/matrix?dialogue=${dialogue.id}&page=${p}`} />
        </div>
      )}
    </>
  );
}
