import "server-only";
import { findCommitments, draftTitle, leadIn, partnerNames, sideOf, type Commitment } from "@/lib/intake/commitments";
import { chooseQuote, splitSentences } from "@/lib/intake/sentences";
import { isOngoing, judgeStatus } from "@/lib/intake/status-cues";
import { Prisma } from "@/lib/generated/prisma/client";
import { isOpenSql, latestUpdateSql, statusFromSql } from "@/lib/data/status-as-of";
import type { Status } from "@/lib/domain/status";
import { isJapanese, languageOf } from "@/lib/domain/language";
import { japaneseSide } from "./japanese";
import { matchPassages, type Client } from "./match";
import { featuresOf, predict, type LinkModel } from "./model";
import { FITTED_LINK_MODEL } from "./fitted-model";
import { paraphrasesOf } from "./paraphrase";
import { laterInstance, meetingHeldFor, pledgeYears, proceduralCue, yearsIn } from "./time-kind";
import type { Draft, IntakeParagraph, IntakeResult, LinkFeatures, PassageMatch, Proposal, Unsure } from "./types";

// The statement intake: what a statement reports on the dialogue's open pledges (proposals)
// and which of its commitments are new (draft pledges). Reads only; saving the proposals of
// a meeting is lib/actions/intake/actions.ts, the dry run is scripts/intake.ts.
//
// 1. Each paragraph loses its procedural sentences (the meeting being held, opening remarks,
//    "as follows"): they are evidence for no pledge (lib/intake/time-kind.ts) ...
// 2. ... except that a meeting of the kind a pledge undertakes to hold, held, delivers it.
// 3. The matcher (PostgreSQL) ranks, for each open pledge, its best paragraphs.
// 4. A dated pledge whose time has passed is not delivered by a later instance of its event.
// 5. The fitted link model decides; where it is unsure, nothing is proposed, and it says so.

type OpenPledge = {
  id: string;
  title: string;
  titleJa: string | null;
  text: string;
  before: Status;
  target: Date | null;
  made: Date;
};

// Pledges of a dialogue made before `date` and still open just before it.
async function openPledgesBefore(client: Client, dialogueId: string, date: Date): Promise<OpenPledge[]> {
  return client.$queryRaw<OpenPledge[]>`
    SELECT p.id, p.title, p.title_ja AS "titleJa", p.text, ${statusFromSql("s")} AS before, p.target_date AS target, pm.date AS made
      FROM pledges p
      JOIN meetings pm ON pm.id = p.meeting_id AND pm.date < ${date}
      LEFT JOIN LATERAL (${latestUpdateSql({ before: Prisma.sql`${date}` })}) s ON true
     WHERE p.dialogue_id = ${dialogueId} AND ${isOpenSql(statusFromSql("s"))}
     ORDER BY p.id`;
}

const rounded = (n: number) => Math.round(n * 100) / 100;

function reasonsOf(m: PassageMatch) {
  const byWeight = [...m.words].sort((a, b) => b.idf - a.idf);
  const of = (weight: string, n: number) =>
    byWeight
      .filter((w) => w.weight === weight)
      .map((w) => w.word)
      .slice(0, n);
  return {
    aliases: m.aliases,
    keyTerms: of("key", 8),
    terms: of("text", 6),
    paraphrases: of("paraphrase", 4),
    keyCoverage: rounded(m.keyCoverage),
    rankCd: rounded(m.rankCd),
    titleSimilarity: rounded(m.titleSimilarity),
  };
}

// A paragraph's sentences, each marked procedural (with its cue) or not; its evidence is the
// text of the sentences that are not.
function readParagraph(text: string) {
  const sentences = splitSentences(text).map((s) => ({ ...s, procedural: proceduralCue(s.text) }));
  return { sentences, evidence: sentences.filter((s) => !s.procedural).map((s) => s.text) };
}

// A candidate link before the model's decision, as the eval collects them to fit the model.
type Candidate = {
  pledgeId: string;
  paragraph: number;
  features: LinkFeatures;
  match: PassageMatch;
  quote: string;
  sentence: string;
  rules: string[];
};

type Input = { dialogueId: string; date: Date; paragraphs: IntakeParagraph[] };

// Every candidate link the time and kind rules let through, with its features; and the ones
// they stopped, with why.
export async function intakeCandidates(client: Client, input: Input) {
  const open = await openPledgesBefore(client, input.dialogueId, input.date);
  const read = input.paragraphs.map((p) => readParagraph(p.text));
  // A meeting may have its English and its Japanese account: each language is matched against
  // the pledges as that language names them, and the passages keep their places.
  const matches: PassageMatch[] = [];
  for (const language of ["en", "ja"] as const) {
    const at = read.flatMap((_, i) => (languageOf(input.paragraphs[i]!.text) === language ? [i] : []));
    if (at.length === 0) continue;
    const found = await matchPassages(
      client,
      open.map((p) => ({ id: p.id, paraphrases: language === "ja" ? [] : paraphrasesOf(p.title) })),
      at.map((i) => read[i]!.evidence.join(language === "ja" ? "" : " ")),
      { id: input.dialogueId, date: input.date },
      3,
      language,
    );
    matches.push(...found.map((m) => ({ ...m, passage: at[m.passage]! })));
  }
  const best = new Map<number, number>();
  for (const m of matches) best.set(m.passage, Math.max(best.get(m.passage) ?? 0, m.score));
  const byId = new Map(open.map((p) => [p.id, p]));
  const candidates: Candidate[] = [];
  const stopped: { pledgeId: string; paragraph: number; why: string }[] = [];
  for (const m of matches) {
    const pledge = byId.get(m.pledgeId)!;
    const evidence = read[m.passage]!.evidence.join(" ");
    const { quote, sentence } = chooseQuote(evidence, m);
    const later = laterInstance(
      { title: pledge.title, targetDate: pledge.target, made: pledge.made },
      sentence,
      input.date,
    );
    if (later) {
      stopped.push({ pledgeId: pledge.id, paragraph: m.passage, why: later });
      continue;
    }
    candidates.push({
      pledgeId: pledge.id,
      paragraph: m.passage,
      features: featuresOf(m, best.get(m.passage) ?? 0),
      match: m,
      quote,
      sentence,
      rules: [],
    });
  }
  return { open, read, candidates, stopped };
}

// A dated pledge whose time has passed, restated as the same aim with a later target ("as
// early as possible in 2016" for an aim of 2015): superseded, so dropped at this meeting (the
// data set's rule), and the restated aim is drafted as its successor.
const AIM = /\b(?:aim|target|goal|as early as possible|as soon as possible|by the end of|no later than)\b/i;
function supersedes(pledge: OpenPledge, sentences: string[], date: Date) {
  const own = pledgeYears({ title: pledge.title, targetDate: pledge.target, made: pledge.made });
  if (own.length === 0 || Math.max(...own) >= date.getUTCFullYear()) return null;
  const titleWords = contentWords(pledge.title);
  for (const sentence of sentences) {
    if (!AIM.test(sentence)) continue;
    const later = yearsIn(sentence, date.getUTCFullYear()).filter((y) => y > Math.max(...own));
    if (later.length === 0) continue;
    const stems = new Set([...titleWords].map((w) => w.slice(0, 6)));
    const shared = [...contentWords(sentence)].filter((w) => stems.has(w.slice(0, 6)));
    if (shared.length < 2) continue;
    return {
      sentence,
      year: String(later[0]),
      rule: `the same aim (${shared.slice(0, 3).join(", ")}) restated with a later target (${later[0]}): superseded, dropped`,
    };
  }
  return null;
}

export async function proposeForStatement(
  client: Client,
  input: Input,
  model: LinkModel = FITTED_LINK_MODEL,
): Promise<IntakeResult> {
  const { open, read, candidates, stopped } = await intakeCandidates(client, input);
  const byId = new Map(open.map((p) => [p.id, p]));
  const proposals: Proposal[] = [];
  const unsure: Unsure[] = [];
  const decided = new Set<string>();

  // A meeting of the kind a pledge undertakes, held: the procedural sentence delivers it.
  for (const pledge of open) {
    for (const [i, r] of read.entries()) {
      const s = r.sentences.find((x) => x.procedural && meetingHeldFor(pledge, x.text));
      if (!s || decided.has(pledge.id)) continue;
      const rule = meetingHeldFor(pledge, s.text)!;
      const ongoing = isOngoing(pledge.title);
      decided.add(pledge.id);
      proposals.push({
        pledgeId: pledge.id,
        pledgeTitle: pledge.title,
        statusBefore: pledge.before,
        paragraph: i,
        label: input.paragraphs[i]!.label,
        quote: s.text,
        status: ongoing ? "in_progress" : "delivered",
        score: 1,
        reasons: {
          aliases: [],
          keyTerms: [],
          terms: [],
          keyCoverage: 0,
          rankCd: 0,
          titleSimilarity: 0,
          rules: [rule],
          cues: [s.procedural!],
          rule: ongoing ? `${rule}: an item of an ongoing undertaking, in progress` : `${rule}: delivered`,
        },
      });
    }
  }

  const scored = candidates
    .map((c) => ({ c, ...predict(model, c.features) }))
    .sort((a, b) => b.probability - a.probability || a.c.paragraph - b.c.paragraph);
  for (const { c, probability, contributions } of scored) {
    if (decided.has(c.pledgeId)) continue;
    decided.add(c.pledgeId);
    const pledge = byId.get(c.pledgeId)!;
    if (probability < model.threshold) {
      unsure.push({
        pledgeId: pledge.id,
        pledgeTitle: pledge.title,
        label: input.paragraphs[c.paragraph]!.label,
        score: Math.round(probability * 1000) / 1000,
        why: `best paragraph ${input.paragraphs[c.paragraph]!.label} at ${rounded(probability)}, under ${model.threshold}: not proposed`,
      });
      continue;
    }
    const superseding = supersedes(pledge, read[c.paragraph]!.evidence, input.date);
    const judged = superseding
      ? { status: "dropped" as const, cues: [superseding.year], rule: superseding.rule }
      : judgeStatus(c.quote, c.sentence, pledge, read[c.paragraph]!.evidence.join(" "));
    if (superseding) c.quote = superseding.sentence;
    proposals.push({
      pledgeId: pledge.id,
      pledgeTitle: pledge.title,
      statusBefore: pledge.before,
      paragraph: c.paragraph,
      label: input.paragraphs[c.paragraph]!.label,
      quote: c.quote,
      status: judged.status,
      score: Math.round(probability * 1000) / 1000,
      reasons: {
        ...reasonsOf(c.match),
        probability: rounded(probability),
        contributions,
        rules: c.rules,
        cues: judged.cues,
        rule: judged.rule,
      },
    });
  }
  for (const s of stopped) {
    if (decided.has(s.pledgeId)) continue;
    decided.add(s.pledgeId);
    const pledge = byId.get(s.pledgeId)!;
    unsure.push({
      pledgeId: pledge.id,
      pledgeTitle: pledge.title,
      label: input.paragraphs[s.paragraph]!.label,
      score: 0,
      why: s.why,
    });
  }
  proposals.sort((a, b) => b.score - a.score || a.pledgeId.localeCompare(b.pledgeId));
  unsure.sort((a, b) => b.score - a.score || a.pledgeId.localeCompare(b.pledgeId));
  const drafts = await draftPledges(client, input, proposals, read, byId);
  return { open: open.length, proposals, drafts, unsure };
}

const contentWords = (s: string) =>
  new Set(
    (s.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter(
      (w) => !/^(?:ministers?|their|they|would|will|with|that|this|continue|further|both|japan|together)$/.test(w),
    ),
  );

// Japanese has no spaces: its words are the bigrams with a kanji or katakana in them.
const japaneseWords = (s: string) =>
  new Set(
    [...(s.match(/[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]+/gu) ?? [])].flatMap((run) =>
      [...run]
        .slice(0, -1)
        .map((ch, i) => ch + run[i + 1]!)
        .filter((g) => /[\u30a1-\u30fa\u4e00-\u9fff]/u.test(g)),
    ),
  );

// A commitment restates a linked pledge when most of its words are the pledge's.
function restates(c: Commitment, pledge: OpenPledge | undefined): boolean {
  if (!pledge) return true;
  if (isJapanese(c.quote)) {
    const mine = japaneseWords(c.quote);
    const theirs = japaneseWords(pledge.titleJa ?? "");
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared += 1;
    return mine.size === 0 || shared / Math.min(mine.size, Math.max(theirs.size, 1)) >= 0.5;
  }
  const mine = contentWords(c.quote);
  const theirs = contentWords(`${pledge.title} ${pledge.text}`);
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared += 1;
  return mine.size === 0 || shared / mine.size >= 0.5;
}

// The commitments of each paragraph; the items under a lead-in ("... the UK will:") take its
// cue and subject, and the lead-in itself is not drafted.
function commitmentsOf(paragraphs: IntakeParagraph[]) {
  const out: (Commitment & { paragraph: number })[] = [];
  let lead: { cue: string; subject: string; label: string } | null = null;
  paragraphs.forEach((p, paragraph) => {
    const under =
      lead && p.label !== lead.label && (p.label.startsWith(`${lead.label}-`) || p.label.startsWith(`${lead.label}(`));
    if (!under) lead = null;
    out.push(...findCommitments(p.text, { lead: lead ?? undefined }).map((c) => ({ ...c, paragraph })));
    const opens = leadIn(p.text);
    if (opens) lead = { ...opens, label: p.label };
  });
  return out;
}

// Commitment sentences that report on no open pledge become draft pledges: a sentence quoted
// by a proposal is drafted only when it says more than the pledge it reports on (a new
// commitment beside the report), or when it supersedes it; procedural sentences never.
async function draftPledges(
  client: Client,
  input: Input,
  proposals: Proposal[],
  read: ReturnType<typeof readParagraph>[],
  pledges: Map<string, OpenPledge>,
): Promise<Draft[]> {
  // Where a meeting has both accounts, its commitments are drafted once, from the English one.
  const english = input.paragraphs.some((p) => languageOf(p.text) === "en" && findCommitments(p.text).length > 0);
  const found = commitmentsOf(input.paragraphs)
    .filter((c) => !english || languageOf(input.paragraphs[c.paragraph]!.text) === "en")
    .filter((c) => !read[c.paragraph]!.sentences.some((s) => s.procedural && s.text.includes(c.quote)))
    .filter(
      (c) =>
        !proposals.some(
          (q) =>
            q.paragraph === c.paragraph &&
            q.status !== "dropped" &&
            (c.quote.includes(q.quote) || q.quote.includes(c.quote)) &&
            restates(c, pledges.get(q.pledgeId)),
        ),
    );
  if (found.length === 0) return [];
  const areas = await closestAreas(
    client,
    input.dialogueId,
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
    title: draftTitle(c, { date: input.date }),
    areaId: areas[i]?.id ?? null,
    areaName: areas[i]?.name ?? null,
    side: isJapanese(c.quote) ? japaneseSide(c.subject, partner?.partnerCountry ?? "") : sideOf(c.subject, names),
    score: rounded(areas[i]?.score ?? 0),
    reasons: {
      cue: c.cue,
      subject: c.subject.trim(),
      areaTerms: areas[i]?.terms ?? [],
      areaFrom: areas[i] ? "the area's own name and description, and the dialogue's pledges in it" : undefined,
    },
  }));
}

// For each sentence, the area whose own name and description (weight 1) and whose pledges in
// this dialogue (their titles and tags, weight 0.5) share the most words with it, each word
// weighted by how few areas use it.
async function closestAreas(client: Client, dialogueId: string, sentences: string[]) {
  const rows = await client.$queryRaw<{ n: number; id: string; name: string; score: number; terms: string[] }[]>`
    WITH av AS (
      SELECT a.id, a.name,
             setweight(to_tsvector('english', intake_spelling(a.name || ' ' || coalesce(a.description, ''))), 'A')
             || setweight(to_tsvector('english', intake_spelling(coalesce(string_agg(p.title, ' ; ') FILTER (WHERE p.dialogue_id = ${dialogueId}), ''))), 'B')
             || setweight(to_tsvector('english', intake_spelling(coalesce(string_agg(p.title, ' ; ') FILTER (WHERE p.dialogue_id <> ${dialogueId}), ''))), 'D') AS vec
        FROM areas a LEFT JOIN pledges p ON p.area_id = a.id
       GROUP BY a.id
    ),
    al AS (
      SELECT av.id, l.lexeme, CASE WHEN 'A' = ANY(l.weights) THEN 1.0 WHEN 'B' = ANY(l.weights) THEN 0.5 ELSE 0.25 END AS w
        FROM av, unnest(av.vec) l
    ),
    df AS (SELECT lexeme, ln(1 + (SELECT count(*) FROM av)::float8 / count(*)) AS idf FROM al GROUP BY lexeme),
    s AS (SELECT DISTINCT (u.ord - 1)::int AS n, l.lexeme FROM unnest(${sentences}::text[]) WITH ORDINALITY u(txt, ord), unnest(to_tsvector('english', intake_spelling(u.txt))) l),
    scored AS (
      SELECT s.n, al.id, sum(al.w * df.idf) AS score, array_agg(s.lexeme ORDER BY al.w * df.idf DESC) AS terms
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
