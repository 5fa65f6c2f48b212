// A document that reports several meetings (a ministry's monthly digest) holds one section
// per meeting, each opening with the meeting's date ("On January 14, Minister Kishi held...").
// The intake reads only the section about the meeting under review; a document of one
// meeting, or one whose sections cannot be found, is read whole.

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function namesDate(text: string, isoDay: string): boolean {
  const [, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  const short = month.slice(0, 3);
  const head = text.slice(0, 40);
  return new RegExp(`\\b(?:${month}|${short}\\.?) ${d}\\b|\\b${d} (?:${month}|${short}\\.?)\\b`).test(head);
}

// Indexes of the paragraphs about the meeting held on `date`, given the dates of every meeting
// the document reports.
export function meetingSection(paragraphs: { text: string }[], date: string, documentMeetingDates: string[]): number[] {
  const all = paragraphs.map((_, i) => i);
  const others = [...new Set(documentMeetingDates)].filter((d) => d !== date);
  if (others.length === 0) return all;
  const firstNaming = (day: string) => paragraphs.findIndex((p) => namesDate(p.text, day));
  const start = firstNaming(date);
  if (start < 0) return all;
  const ends = others.map(firstNaming).filter((i) => i > start);
  const end = ends.length ? Math.min(...ends) : paragraphs.length;
  return all.slice(start, end);
}
