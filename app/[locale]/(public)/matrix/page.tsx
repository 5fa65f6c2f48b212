import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { listDialogues, statusMatrix } from "@/lib/data/cached";
import { matrixParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { formatMonth } from "@/lib/domain/dates";
import { shortMeetingName } from "@/lib/domain/matrix-cell";
import { MatrixCellView, StatusLegend } from "@/components/matrix-cell";
import { DialogueFilter } from "@/components/dialogue-filter";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Pledge × meeting matrix" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
        {dialogue.name}: each cell is a pledge&rsquo;s status as of that meeting. Hatched cells (∅) mark a meeting that
        was expected to report on the pledge and said nothing; its last known status is carried forward. A plain status
        word marks a meeting not expected to cover the pledge&rsquo;s area (a defence call on trade, a service
        chiefs&rsquo; call); &ldquo;Not reviewed&rdquo; and &ldquo;Not collected&rdquo; mark a meeting no editor has
        reviewed yet or whose statement is not in the collection. None of these counts as silence.
      </p>
      <DialogueFilter dialogues={dialogues} selected={dialogue.id} allowAll={false} />
      <div style={{ marginTop: "1rem" }}>
        <StatusLegend />
      </div>
      {matrix.rows.length === 0 ? (
        <div className="panel empty">No pledges in this dialogue yet.</div>
      ) : (
        <div
          className="panel table-scroll sticky-grid"
          tabIndex={0}
          role="region"
          aria-label="The matrix (scrolls in both directions)"
        >
          <table className="matrix" data-testid="matrix">
            <caption className="sr-only">Status of each pledge as of each meeting of {dialogue.name}</caption>
            <thead>
              <tr>
                <th scope="col">Pledge</th>
                {matrix.meetings.map((m) => (
                  <th scope="col" key={m.id}>
                    <Link href={`/meetings/${m.id}`}>{shortMeetingName(m)}</Link>
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
                      <MatrixCellView cell={c} pledge={r.title} meeting={shortMeetingName(matrix.meetings[i]!)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={matrix.page}
            pages={matrix.pages}
            hrefFor={(p) => `/matrix?dialogue=${dialogue.id}&page=${p}`}
          />
        </div>
      )}
    </>
  );
}
