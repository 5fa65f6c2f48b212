import { useLocale, useTranslations } from "next-intl";
import { presentCell } from "@/lib/domain/matrix-cell";
import { STATUSES, statusStyle } from "@/lib/domain/status";
import type { MatrixCell } from "@/lib/domain/status-history";

// The words of a matrix or heat-map cell in the reader's language: the short word shown in it
// and the whole phrase a screen reader says ("pledge, meeting: status, what the meeting said").
// Every kind of cell has its phrase in the catalogue and its word here (the switch is
// exhaustive), so a new kind cannot reach the page without text.
export function useCellWords() {
  const t = useTranslations("matrix.cell");
  const ts = useTranslations("status");
  const locale = useLocale();
  const text = (cell: MatrixCell): string => {
    switch (cell.kind) {
      case "not-yet":
        return "·";
      case "made":
      case "not-reviewed":
      case "not-collected":
        return t(`text.${cell.kind}`);
      case "reported":
      case "not-expected":
        return ts(`label.${cell.status}`);
      case "no-report":
        // ∅ is the legend's mark for silence, the same in every language.
        return `${ts(`label.${cell.status}`)} ∅`;
      default: {
        const unknown: never = cell;
        throw new Error(`no words for matrix cell ${JSON.stringify(unknown)}`);
      }
    }
  };
  const spoken = (cell: MatrixCell) =>
    cell.kind === "not-yet"
      ? t("spoken.not-yet")
      : t(`spoken.${cell.kind}`, { status: ts(`label.${cell.status}`).toLocaleLowerCase(locale) });
  const describe = (pledge: string, meeting: string, cell: MatrixCell) =>
    t("describe", { pledge, meeting, spoken: spoken(cell) });
  return { text, describe };
}

// One cell of the pledge x meeting matrix: the status word on its colour (hatched where the
// meeting said nothing), read aloud as "pledge, meeting: status, what the meeting said".
export function MatrixCellView({ cell, pledge, meeting }: { cell: MatrixCell; pledge: string; meeting: string }) {
  const words = useCellWords();
  const p = presentCell(cell);
  const spoken = <span className="sr-only">{words.describe(pledge, meeting, cell)}</span>;
  if (p.look === "empty") {
    return (
      <span className="muted" data-kind={cell.kind}>
        <span aria-hidden="true">{words.text(cell)}</span>
        {spoken}
      </span>
    );
  }
  const style = p.look === "filled" && p.status ? statusStyle(p.status) : undefined;
  return (
    <span className={p.look === "hatched" ? "cell cell-silent" : "cell"} data-kind={cell.kind} style={style}>
      <span aria-hidden="true">{words.text(cell)}</span>
      {spoken}
    </span>
  );
}

// The key to the status colours, with the extra marks a matrix uses.
export function StatusLegend({ extra }: { extra?: React.ReactNode }) {
  const t = useTranslations("matrix.legend");
  const ts = useTranslations("status");
  return (
    <ul className="legend" aria-label={t("label")}>
      {STATUSES.map((s) => (
        <li key={s}>
          <span className="cell" style={{ ...statusStyle(s), display: "inline-block" }}>
            {ts(`label.${s}`)}
          </span>
        </li>
      ))}
      <li>
        <span className="cell cell-silent" style={{ display: "inline-block" }}>
          {t("noReport")}
        </span>
      </li>
      <li className="muted">{t("alone")}</li>
      <li className="muted">{t("notReviewed")}</li>
      <li className="muted">{t("notCollected")}</li>
      {extra}
    </ul>
  );
}
