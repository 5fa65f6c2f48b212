import type { Status } from "@/lib/domain/status";

// Scoring the intake against what the data set records for a meeting: links (pledge <->
// paragraph), the status on the correct links, and drafts against the pledges made there.

export type GoldLink = { pledgeId: string; paragraph: string; status: Status };
export type ProposedLink = { pledgeId: string; paragraph: string; status: Status };
export type GoldPledge = { id: string; paragraph: string; quote: string };
export type DraftGuess = { paragraph: string; quote: string };

export type MeetingScore = {
  goldLinks: number;
  proposed: number;
  correctLinks: number;
  correctStatus: number;
  goldNew: number;
  drafts: number;
  matchedNew: number;
  matchedDrafts: number;
  misses: string[];
  wrong: string[];
};

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

// A draft finds a pledge made at the meeting when it quotes the same paragraph and at least
// half of the pledge's quoted words.
function draftFinds(draft: DraftGuess, pledge: GoldPledge): boolean {
  if (draft.paragraph !== pledge.paragraph) return false;
  const want = words(pledge.quote);
  const got = words(draft.quote);
  let shared = 0;
  for (const w of want) if (got.has(w)) shared += 1;
  return want.size > 0 && shared / want.size >= 0.5;
}

export function scoreMeeting(
  gold: GoldLink[],
  proposed: ProposedLink[],
  goldNew: GoldPledge[],
  drafts: DraftGuess[],
): MeetingScore {
  const key = (l: { pledgeId: string; paragraph: string }) => `${l.pledgeId}@${l.paragraph}`;
  const goldByKey = new Map(gold.map((g) => [key(g), g]));
  const proposedKeys = new Set(proposed.map(key));
  let correctLinks = 0;
  let correctStatus = 0;
  const wrong: string[] = [];
  for (const p of proposed) {
    const g = goldByKey.get(key(p));
    if (!g) {
      wrong.push(`${key(p)} (${p.status})`);
      continue;
    }
    correctLinks += 1;
    if (g.status === p.status) correctStatus += 1;
    else wrong.push(`${key(p)} status ${p.status}, recorded ${g.status}`);
  }
  const misses = gold.filter((g) => !proposedKeys.has(key(g))).map((g) => `${key(g)} (${g.status})`);
  // Each draft finds at most one pledge and each pledge is found at most once.
  const used = new Set<number>();
  let matchedNew = 0;
  for (const pledge of goldNew) {
    const i = drafts.findIndex((d, j) => !used.has(j) && draftFinds(d, pledge));
    if (i >= 0) {
      used.add(i);
      matchedNew += 1;
    } else misses.push(`new ${pledge.id}@${pledge.paragraph}`);
  }
  return {
    goldLinks: gold.length,
    proposed: proposed.length,
    correctLinks,
    correctStatus,
    goldNew: goldNew.length,
    drafts: drafts.length,
    matchedNew,
    matchedDrafts: used.size,
    misses,
    wrong,
  };
}

export type Totals = {
  linkPrecision: number;
  linkRecall: number;
  statusAccuracy: number;
  newRecall: number;
  newPrecision: number;
};

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function totals(scores: MeetingScore[]): Totals {
  const sum = (f: (s: MeetingScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    linkPrecision: ratio(
      sum((s) => s.correctLinks),
      sum((s) => s.proposed),
    ),
    linkRecall: ratio(
      sum((s) => s.correctLinks),
      sum((s) => s.goldLinks),
    ),
    statusAccuracy: ratio(
      sum((s) => s.correctStatus),
      sum((s) => s.correctLinks),
    ),
    newRecall: ratio(
      sum((s) => s.matchedNew),
      sum((s) => s.goldNew),
    ),
    newPrecision: ratio(
      sum((s) => s.matchedDrafts),
      sum((s) => s.drafts),
    ),
  };
}

// The eval's last line with the leave-one-meeting-out figures, exactly as issue 16 fixes it,
// and the Japanese documents' figures after it (issue 18).
export function cvEvalLine(t: Totals, cv: Totals, ms: number, ja: Totals): string {
  const f = (n: number) => n.toFixed(2);
  return `intake: link_precision=${f(t.linkPrecision)} link_recall=${f(t.linkRecall)} status_accuracy=${f(t.statusAccuracy)} new_recall=${f(t.newRecall)} new_precision=${f(t.newPrecision)} cv_link_precision=${f(cv.linkPrecision)} cv_link_recall=${f(cv.linkRecall)} cv_status_accuracy=${f(cv.statusAccuracy)} cv_new_recall=${f(cv.newRecall)} ms=${Math.round(ms)} ja_link_precision=${f(ja.linkPrecision)} ja_link_recall=${f(ja.linkRecall)}`;
}
