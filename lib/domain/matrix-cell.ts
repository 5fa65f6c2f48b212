import { ordinal } from "./dates";
import { MEETING_KIND_LABELS, STATUS_LABELS, type MeetingKind, type Status } from "./status";
import type { MatrixCell } from "./status-history";

// How a matrix or heat-map cell is drawn and read aloud. Every kind of cell gets a visible
// word and a spoken phrase here, so a new kind cannot reach the page without text (the
// switch is exhaustive).
type CellLook = "filled" | "hatched" | "empty";
export type CellPresentation = {
  // The short word shown in the cell.
  text: string;
  // The status whose colour the cell takes, if any.
  status: Status | null;
  look: CellLook;
  // Whether this meeting made the pledge (outlined in the heat map).
  made: boolean;
  // What a screen reader says after the pledge and meeting: "in progress, no report at this meeting".
  spoken: string;
};

const word = (s: Status) => STATUS_LABELS[s].toLowerCase();

export function presentCell(cell: MatrixCell): CellPresentation {
  switch (cell.kind) {
    case "not-yet":
      return { text: "·", status: null, look: "empty", made: false, spoken: "not yet pledged" };
    case "made":
      return {
        text: "Made",
        status: cell.status,
        look: "filled",
        made: true,
        spoken: `made at this meeting, ${word(cell.status)}`,
      };
    case "reported":
      return {
        text: STATUS_LABELS[cell.status],
        status: cell.status,
        look: "filled",
        made: false,
        spoken: `${word(cell.status)}, reported at this meeting`,
      };
    case "no-report":
      return {
        text: `${STATUS_LABELS[cell.status]} ∅`,
        status: cell.status,
        look: "hatched",
        made: false,
        spoken: `${word(cell.status)}, no report at this meeting`,
      };
    case "not-expected":
      return {
        text: STATUS_LABELS[cell.status],
        status: null,
        look: "empty",
        made: false,
        spoken: `${word(cell.status)}, not expected to report on this area`,
      };
    case "not-reviewed":
      return {
        text: "Not reviewed",
        status: null,
        look: "empty",
        made: false,
        spoken: `${word(cell.status)}, meeting not reviewed yet`,
      };
    case "not-collected":
      return {
        text: "Not collected",
        status: null,
        look: "empty",
        made: false,
        spoken: `${word(cell.status)}, statement not collected`,
      };
    default: {
      const unknown: never = cell;
      throw new Error(`no presentation for matrix cell ${JSON.stringify(unknown)}`);
    }
  }
}

// The whole phrase for one cell: "JNAAM research, 4th 2+2: in progress, no report at this meeting".
export function describeCell(pledge: string, meeting: string, cell: MatrixCell): string {
  return `${pledge}, ${meeting}: ${presentCell(cell).spoken}`;
}

// A matrix column's name: "4th 2+2", or the kind alone for a meeting without a number.
export function shortMeetingName(m: { ordinal: number | null; kind: MeetingKind }): string {
  return m.ordinal ? `${ordinal(m.ordinal)} ${MEETING_KIND_LABELS[m.kind]}` : MEETING_KIND_LABELS[m.kind];
}
