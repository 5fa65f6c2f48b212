import fs from "node:fs";
import path from "node:path";
import { parseStatement, type ParsedParagraph } from "@/lib/domain/statement-parser";
import { splitPageFurniture, type DroppedParagraph } from "@/lib/domain/page-furniture";
import { ZSeedDataSet, type TSeedCitation, type TSeedDataSet } from "@/lib/validation/seed";

// Reads and checks the real data set in prisma/seed/ (no database involved).

export const SEED_DIR = path.resolve(process.cwd(), "prisma", "seed");

// `paragraphs`: each document as stored, its page furniture dropped after parsing (every kept
// paragraph has the position and label the parser gave the whole text, so no "¶N" a citation
// uses moves); `furniture`: what was dropped, and by which rule (lib/domain/page-furniture.ts).
export type LoadedDataSet = TSeedDataSet & {
  paragraphs: Map<string, ParsedParagraph[]>;
  furniture: Map<string, DroppedParagraph[]>;
};

function readJson(dir: string, name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8"));
}

export function loadDataSet(dir = SEED_DIR): LoadedDataSet {
  const data = ZSeedDataSet.parse({
    dialogues: readJson(dir, "dialogues"),
    areas: readJson(dir, "areas"),
    meetings: readJson(dir, "meetings"),
    documents: readJson(dir, "documents"),
    pledges: readJson(dir, "pledges"),
  });
  const paragraphs = new Map<string, ParsedParagraph[]>();
  const furniture = new Map<string, DroppedParagraph[]>();
  for (const doc of data.documents) {
    const parsed = parseStatement(fs.readFileSync(path.join(dir, "documents", doc.file), "utf8"));
    const { kept, dropped } = splitPageFurniture(parsed, doc);
    paragraphs.set(doc.id, kept);
    furniture.set(doc.id, dropped);
  }
  return { ...data, paragraphs, furniture };
}

// Every problem that would make the data set lie: dangling references, quotes that are not
// verbatim in the cited paragraph, updates dated before their pledge was made.
export function findDataSetProblems(data: LoadedDataSet): string[] {
  const problems: string[] = [];
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const dialogues = ids(data.dialogues);
  const areas = ids(data.areas);
  const meetings = new Map(data.meetings.map((m) => [m.id, m]));
  const pledgeIds = new Set<string>();

  const checkCitation = (where: string, cite: TSeedCitation) => {
    const paragraphs = data.paragraphs.get(cite.document);
    if (!paragraphs) return problems.push(`${where}: unknown document ${cite.document}`);
    const paragraph = paragraphs.find((p) => p.label === cite.paragraph);
    const dropped = data.furniture.get(cite.document)?.find((p) => p.label === cite.paragraph);
    if (dropped)
      return problems.push(
        `${where}: cites ${cite.document} ${cite.paragraph}, which is dropped as page furniture (${dropped.rule}): "${dropped.text}"`,
      );
    if (!paragraph) return problems.push(`${where}: document ${cite.document} has no paragraph ${cite.paragraph}`);
    if (!paragraph.text.includes(cite.quote)) {
      problems.push(`${where}: quote is not verbatim in ${cite.document} ${cite.paragraph}: "${cite.quote}"`);
    }
  };

  for (const m of data.meetings)
    if (!dialogues.has(m.dialogue)) problems.push(`meeting ${m.id}: unknown dialogue ${m.dialogue}`);
  // A meeting's statement is in the collection exactly when a document reports on it.
  const documented = new Set(data.documents.flatMap((d) => d.meetings));
  for (const m of data.meetings) {
    if (m.statementCollected && !documented.has(m.id))
      problems.push(`meeting ${m.id}: no document reports on it (set "statementCollected": false)`);
    if (!m.statementCollected && documented.has(m.id))
      problems.push(`meeting ${m.id}: marked not collected but a document reports on it`);
  }
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  for (const d of data.documents) {
    for (const m of d.meetings) if (!meetings.has(m)) problems.push(`document ${d.id}: unknown meeting ${m}`);
    // Only a Japanese document is aligned, and only with an English one of the same meeting(s):
    // the reader sets their paragraphs side by side by label.
    if (d.alignedWith === undefined) continue;
    const target = documents.get(d.alignedWith);
    if (d.language !== "ja") problems.push(`document ${d.id}: only a Japanese document is aligned with another`);
    if (!target) problems.push(`document ${d.id}: aligned with unknown document ${d.alignedWith}`);
    else if (target.language !== "en")
      problems.push(`document ${d.id}: aligned with ${d.alignedWith}, which is not an English document`);
    else if (!d.meetings.every((m) => target.meetings.includes(m)))
      problems.push(`document ${d.id}: aligned with ${d.alignedWith}, which does not report on the same meeting`);
    else {
      // Numbered paragraphs correspond: each number the Japanese text gives ("1(2)") is one the
      // English text gives. Unnumbered ones ("¶3", a dateline) are counted apart in each text.
      const english = new Set(data.paragraphs.get(target.id)?.map((p) => p.label));
      const unmatched = (data.paragraphs.get(d.id) ?? [])
        .map((p) => p.label)
        .filter((label) => !label.startsWith("¶") && !english.has(label));
      if (unmatched.length)
        problems.push(`document ${d.id}: paragraphs ${unmatched.join(", ")} have no counterpart in ${target.id}`);
    }
  }
  for (const p of data.pledges) {
    const where = `pledge ${p.id}`;
    if (pledgeIds.has(p.id)) problems.push(`${where}: duplicate id`);
    pledgeIds.add(p.id);
    if (!dialogues.has(p.dialogue)) problems.push(`${where}: unknown dialogue ${p.dialogue}`);
    if (!areas.has(p.area)) problems.push(`${where}: unknown area ${p.area}`);
    const meeting = meetings.get(p.meeting);
    if (!meeting) problems.push(`${where}: unknown meeting ${p.meeting}`);
    else if (meeting.dialogue !== p.dialogue)
      problems.push(`${where}: meeting ${p.meeting} is not in dialogue ${p.dialogue}`);
    checkCitation(where, p.cite);
    p.updates.forEach((u, i) => {
      const uwhere = `${where} update ${i + 1}`;
      checkCitation(uwhere, u.cite);
      const um = u.meeting ? meetings.get(u.meeting) : undefined;
      if (u.meeting && !um) problems.push(`${uwhere}: unknown meeting ${u.meeting}`);
      if (um && !um.statementCollected)
        problems.push(`${uwhere}: meeting ${u.meeting} has no statement in the collection`);
      const date = um?.date ?? u.date;
      if (meeting && date && date < meeting.date) problems.push(`${uwhere}: dated before the pledge was made`);
    });
  }
  for (const p of data.pledges) {
    if (p.predecessor && !pledgeIds.has(p.predecessor.id)) {
      problems.push(`pledge ${p.id}: unknown predecessor ${p.predecessor.id}`);
    }
  }
  return problems;
}
