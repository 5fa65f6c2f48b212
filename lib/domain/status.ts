// The status vocabulary of DESIGN.md, with labels and the order charts stack them in.
export const STATUSES = ["pledged", "in_progress", "partly_delivered", "delivered", "stalled", "dropped"] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  pledged: "Pledged",
  in_progress: "In progress",
  partly_delivered: "Partly delivered",
  delivered: "Delivered",
  stalled: "Stalled",
  dropped: "Dropped",
};

export const STATUS_MEANINGS: Record<Status, string> = {
  pledged: "Made; no implementation reported yet",
  in_progress: "Implementation reported under way",
  partly_delivered: "Delivered in part, or in a reduced form",
  delivered: "Done as pledged",
  stalled: "Reported delayed, or no progress across two later meetings",
  dropped: "Abandoned, or superseded by another pledge",
};

// The status palette: one definition for badges, matrix cells, the heat map, charts, the PDF
// and print. Each fill is at least 3:1 against the page and panel backgrounds (WCAG 1.4.11)
// and carries its word in `text` at 4.5:1 or more (1.4.3); the six fills stay apart for
// readers with protanopia or deuteranopia (tests/unit/status-palette.test.ts checks all three).
export const STATUS_PALETTE: Record<Status, { fill: string; text: string }> = {
  pledged: { fill: "#7b8a9b", text: "#111827" },
  in_progress: { fill: "#1c6cdb", text: "#ffffff" },
  partly_delivered: { fill: "#cc7206", text: "#111827" },
  delivered: { fill: "#1e794b", text: "#ffffff" },
  stalled: { fill: "#bd1816", text: "#ffffff" },
  dropped: { fill: "#373740", text: "#ffffff" },
};

// The inline style of anything that shows a status word on its colour.
export function statusStyle(status: Status): { backgroundColor: string; color: string } {
  return { backgroundColor: STATUS_PALETTE[status].fill, color: STATUS_PALETTE[status].text };
}

// A pledge is closed when nothing more is expected of it.
export function isOpen(status: Status): boolean {
  return status !== "delivered" && status !== "dropped";
}

export const SIDES = ["japan", "partner", "both"] as const;
export type Side = (typeof SIDES)[number];

export const MEETING_FORMATS = ["in_person", "video", "telephone"] as const;
export const MEETING_KINDS = [
  "two_plus_two",
  "defence_ministers",
  "foreign_ministers",
  "leaders",
  "service_chiefs",
  "forum",
  "other",
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  two_plus_two: "2+2",
  defence_ministers: "Defence ministers",
  foreign_ministers: "Foreign ministers",
  leaders: "Leaders",
  service_chiefs: "Service chiefs",
  forum: "Forum",
  other: "Other",
};
