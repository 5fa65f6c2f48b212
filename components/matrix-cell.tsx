import { describeCell, presentCell } from "@/lib/domain/matrix-cell";
import { STATUSES, STATUS_LABELS, statusStyle } from "@/lib/domain/status";
import type { MatrixCell } from "@/lib/domain/status-history";

// One cell of the pledge x meeting matrix: the status word on its colour (hatched where the
// meeting said nothing), read aloud as "pledge, meeting: status, what the meeting said".
export function MatrixCellView({ cell, pledge, meeting }: { cell: MatrixCell; pledge: string; meeting: string }) {
  const p = presentCell(cell);
  const spoken = <span className="sr-only">{describeCell(pledge, meeting, cell)}</span>;
  if (p.look === "empty") {
    return (
      <span className="muted" data-kind={cell.kind}>
        <span aria-hidden="true">{p.text}</span>
        {spoken}
      </span>
    );
  }
  const style = p.look === "filled" && p.status ? statusStyle(p.status) : undefined;
  return (
    <span className={p.look === "hatched" ? "cell cell-silent" : "cell"} data-kind={cell.kind} style={style}>
      <span aria-hidden="true">{p.text}</span>
      {spoken}
    </span>
  );
}

// The key to the status colours, with the extra marks a matrix uses.
export function StatusLegend({ extra }: { extra?: React.ReactNode }) {
  return (
    <ul className="legend" aria-label="Legend">
      {STATUSES.map((s) => (
        <li key={s}>
          <span className="cell" style={{ ...statusStyle(s), display: "inline-block" }}>
            {STATUS_LABELS[s]}
          </span>
        </li>
      ))}
      <li>
        <span className="cell cell-silent" style={{ display: "inline-block" }}>
          No report ∅
        </span>
      </li>
      <li className="muted">Status word alone: not expected to report on it</li>
      <li className="muted">Not reviewed: no editor has reviewed the meeting</li>
      <li className="muted">Not collected: statement not in the collection</li>
      {extra}
    </ul>
  );
}
