import { isOpen, type Status } from "./status";

// How a pledge may name an earlier pledge, and when naming it closes it: shared by the pledge
// forms' write path (lib/actions/pledges/write.ts, refs.ts) and the CSV import's dry run
// (lib/import-export/plan.ts), so the dry run promises what the import does.

type Link = { id: string; link: "continues" | "supersedes" | null } | null;

// Why `earlier` cannot be the predecessor of a pledge of `dialogueId` made on `madeOn`, or null.
export function predecessorProblem(
  earlier: { dialogueId: string; madeOn: string },
  pledge: { dialogueId: string; madeOn: string },
): string | null {
  if (earlier.dialogueId !== pledge.dialogueId) return "The earlier pledge must be in the same dialogue";
  if (earlier.madeOn > pledge.madeOn)
    return "The earlier pledge must have been made at or before this pledge's meeting";
  return null;
}

// Whether saving a pledge (made on `restatedOn`, linked `now`, previously `was`) closes its
// earlier pledge as dropped: only when the "supersedes" link is new (a later save of the same
// pledge does not close it again), the earlier pledge is still open, and its latest report is
// no later than the restatement (otherwise its story went on after it, and a "dropped" dated
// at the restatement would not close it).
export function closesPredecessor(
  was: Link,
  now: Link,
  earlier: { status: Status; since: string },
  restatedOn: string,
): boolean {
  if (now?.link !== "supersedes") return false;
  if (was?.link === "supersedes" && was.id === now.id) return false;
  return isOpen(earlier.status) && earlier.since <= restatedOn;
}
