import "server-only";
import { findCommitments, draftTitle, partnerNames, sideOf } from "@/lib/intake/commitments";
import { chooseQuote } from "@/lib/intake/sentences";
import { judgeStatus } from "@/lib/intake/status-cues";
import type { Side, Status } from "@/lib/domain/status";
import { matchPassages, type Client, type PassageMatch } from "./match";
import { Prisma } from "@/lib/generated/prisma/client";
import { isOpenSql, latestUpdateSql, statusFromSql } from "@/lib/data/status-as-of";

// The statement intake: what a statement reports on the dialogue's open pledges (proposals)
// and which of its commitments are new (draft pledges). Reads only; saving the proposals of
// a meeting is lib/actions/intake/actions.ts, the dry run is scripts/intake.ts.

// Tuned on the whole replay (`npm run eval:intake`); README "Statement intake" has the figures.
const INTAKE_THRESHOLDS = {
  // A pledge's best paragraph must score this much to be proposed at all.
  propose: 0.9,
} as const;

export type IntakeParagraph = { id?: string; label: string; text: string };

export type ProposalReasons = {
  aliases: string[];
  keyTerms: string[];
  terms: string[];
  keyCoverage: number;
  rankCd: number;
  titleSimilarity: number;
  cues: string[];
  rule: string;
};

export type Proposal = {
  pledgeId: string;
  pledgeTitle: string;
  statusBefore: Status;
  paragraph: number;
  label: string;
  quote: string;
  status: Status;
  score: number;
  reasons: ProposalReasons;
};

export type Draft = {
  paragraph: number;
  label: string;
  quote: string;
  title: string;
  areaId: string | null;
  areaName: string | null;
  side: Side;
  score: number;
  reasons: { cue: string; subject: string; areaTerms: string[] };
};

type OpenPledge = { id: string; title: string; before: Status };

// Pledges of a dialogue made before `date` and still open just before it.
async function openPledgesBefore(client: Client, dialogueId: string, date: Date): Promise<OpenPledge[]> {
  return client.$queryRaw<OpenPledge[]>`
    SELECT p.id, p.title, ${statusFromSql("s")} AS before
      FROM pledges p
      JOIN meetings pm ON pm.id = p.meeting_id AND pm.date < ${date}
      LEFT JOIN LATERAL (${latestUpdateSql({ before: Prisma.sql`${date}` })}) s ON true
     WHERE p.dialogue_id = ${dialogueId} AND ${isOpenSql(statusFromSql("s"))}
     ORDER BY p.id`;
}

const rounded = (n: number) => Math.round(n * 100) / 100;

function reasonsOf(m: PassageMatch) {
  const byWeight = [...m.words].sort((a, b) => b.idf - a.idf);
  return {
    aliases: m.aliases,
    keyTerms: byWeight
      .filter((w) => w.weight === "key")
      .map((w) => w.word)
      .slice(0, 8),
    terms: byWeight
      .filter((w) => w.weight === "text")
      .map((w) => w.word)
      .slice(0, 6),
    keyCoverage: rounded(m.keyCoverage),
    rankCd: rounded(m.rankCd),
    titleSimilarity: rounded(m.titleSimilarity),
  };
}

export async function proposeForStatement(
  client: Client,
  input: { dialogueId: string; date: Date; paragraphs: IntakeParagraph[] },
): Promise<{ open: number; proposals: Proposal[]; drafts: Draft[] }> {
  const open = await openPledgesBefore(client, input.dialogueId, input.date);
  const texts = input.paragraphs.map((p) => p.text);
  const matches = await matchPassages(
    client,
    open.map((p) => p.id),
    texts,
    1,
  );
  const byId = new Map(open.map((p) => [p.id, p]));
  const proposals: Proposal[] = [];
  for (const m of matches) {
    if (m.score < INTAKE_THRESHOLDS.propose) continue;
    const pledge = byId.get(m.pledgeId)!;
    const paragraph = input.paragraphs[m.passage]!;
    const { quote, sentence } = chooseQuote(paragraph.text, m);
    const judged = judgeStatus(quote, sentence, pledge);
    proposals.push({
      pledgeId: pledge.id,
      pledgeTitle: pledge.title,
      statusBefore: pledge.before,
      paragraph: m.passage,
      label: paragraph.label,
      quote,
      status: judged.status,
      score: rounded(m.score),
      reasons: { ...reasonsOf(m), cues: judged.cues, rule: judged.rule },
    });
  }
  proposals.sort((a, b) => b.score - a.score || a.pledgeId.localeCompare(b.pledgeId));
  const drafts = await draftPledges(client, input, proposals);
  return { open: open.length, proposals, drafts };
}

// Commitment sentences that report on no open pledge (no proposal quotes from them) become
// draft pledges; the area is the one whose pledges and description share the most rare words.
async function draftPledges(
  client: Client,
  input: { dialogueId: string; paragraphs: IntakeParagraph[] },
  proposals: Proposal[],
): Promise<Draft[]> {
  const quoted = proposals.map((p) => ({ paragraph: p.paragraph, quote: p.quote }));
  const found = input.paragraphs
    .flatMap((p, paragraph) => findCommitments(p.text).map((c) => ({ ...c, paragraph })))
    .filter(
      (c) =>
        !quoted.some((q) => q.paragraph === c.paragraph && (c.quote.includes(q.quote) || q.quote.includes(c.quote))),
    );
  if (found.length === 0) return [];
  const areas = await closestAreas(
    client,
    found.map((c) => c.quote),
  );
  const partner = await client.dialogue.findUnique({
    where: { id: input.dialogueId },
    select: { partnerCountry: true },
  });
  const names = partnerNames(partner?.partnerCountry ?? "");
  return found.map((c, i) => ({
    paragraph: c.paragraph,
    label: input.paragraphs[c.paragraph]!.label,
    quote: c.quote,
    title: draftTitle(c),
    areaId: areas[i]?.id ?? null,
    areaName: areas[i]?.name ?? null,
    side: sideOf(c.subject, names),
    score: rounded(areas[i]?.score ?? 0),
    reasons: { cue: c.cue, subject: c.subject.trim(), areaTerms: areas[i]?.terms ?? [] },
  }));
}

// For each sentence, the area whose name, description and pledge titles and tags share the
// most words with it, weighted by how few areas use each word.
async function closestAreas(client: Client, sentences: string[]) {
  const rows = await client.$queryRaw<{ n: number; id: string; name: string; score: number; terms: string[] }[]>`
    WITH av AS (
      SELECT a.id, a.name,
             setweight(to_tsvector('english', intake_spelling(a.name || ' ' || coalesce(a.description, ''))), 'A')
             || setweight(to_tsvector('english', intake_spelling(string_agg(p.title, ' ; '))), 'B') AS vec
        FROM areas a LEFT JOIN pledges p ON p.area_id = a.id
       GROUP BY a.id
    ),
    al AS (SELECT av.id, l.lexeme, CASE WHEN 'A' = ANY(l.weights) THEN 1.0 ELSE 0.5 END AS w FROM av, unnest(av.vec) l),
    df AS (SELECT lexeme, ln(1 + (SELECT count(*) FROM av)::float8 / count(*)) AS idf FROM al GROUP BY lexeme),
    s AS (SELECT (u.ord - 1)::int AS n, l.lexeme FROM unnest(${sentences}::text[]) WITH ORDINALITY u(txt, ord), unnest(to_tsvector('english', intake_spelling(u.txt))) l),
    scored AS (
      SELECT s.n, al.id, sum(al.w * df.idf) AS score, array_agg(s.lexeme ORDER BY df.idf DESC) AS terms
        FROM s JOIN al USING (lexeme) JOIN df USING (lexeme)
       GROUP BY s.n, al.id
    )
    SELECT DISTINCT ON (sc.n) sc.n, sc.id, av.name, sc.score::float8 AS score, sc.terms[1:5] AS terms
      FROM scored sc JOIN av ON av.id = sc.id
     ORDER BY sc.n, sc.score DESC, sc.id`;
  const out: ({ id: string; name: string; score: number; terms: string[] } | undefined)[] = sentences.map(
    () => undefined,
  );
  for (const r of rows) out[r.n] = { id: r.id, name: r.name, score: r.score, terms: r.terms };
  return out;
}
