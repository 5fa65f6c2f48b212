import type { MeetingKind } from "./status";

// Which meetings are expected to report on a pledge: the one coverage rule, used by the matrix,
// "meetings without a report" (stale chart, briefing) and the API. The SQL twin is the function
// meeting_expects_report (prisma/migrations/20261129010000_meeting_review_coverage);
// tests/integration/coverage-rule.test.ts checks the two agree on every combination.

export const POLICY_FIELDS = ["defence", "foreign", "both"] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

// The areas each kind of meeting is expected to cover. A 2+2 covers everything of its
// dialogue; ministers' meetings their own field ("both" areas belong to either field); calls
// between service chiefs, public forums, leaders' and other contacts never count as silence,
// because nobody expects them to go through the pledges.
const MEETING_COVERAGE: Record<MeetingKind, readonly PolicyField[]> = {
  two_plus_two: ["defence", "foreign", "both"],
  defence_ministers: ["defence", "both"],
  foreign_ministers: ["foreign", "both"],
  leaders: [],
  service_chiefs: [],
  forum: [],
  other: [],
};

export function expectsReport(kind: MeetingKind, field: PolicyField): boolean {
  return MEETING_COVERAGE[kind].includes(field);
}

// What a meeting can tell about a pledge it did not report on: silence only when its statement
// is in the collection, an editor has reviewed it, and it was expected to cover the pledge.
export type MeetingStanding = "not-collected" | "not-reviewed" | "not-expected" | "expected";

export type CoverageMeeting = { kind: MeetingKind; reviewed: boolean; statementCollected: boolean };

export function meetingStanding(meeting: CoverageMeeting, field: PolicyField): MeetingStanding {
  if (!meeting.statementCollected) return "not-collected";
  if (!meeting.reviewed) return "not-reviewed";
  return expectsReport(meeting.kind, field) ? "expected" : "not-expected";
}
