// `npm run eval:intake`: replays the real data set. For every meeting that reports on earlier
// pledges or makes new ones, it builds a database holding the data set as it stood before that
// meeting (lib/intake/replay.ts), runs the intake on that meeting's own documents, and compares
// with what the data set records. The link model (lib/intake/model.ts) is fitted on the
// candidates of every replayed meeting (the "replay" figures, and with --write-model the
// model the app uses, lib/intake/fitted-model.ts), and again once per meeting without that
// meeting's candidates, to score it as a statement nobody fitted to (the cv_ figures). Then it
// times a 60-paragraph statement against 500 open pledges. Prints a table per meeting, the
// totals and, last, the `intake:` line.
import fs from "node:fs";
import os from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { execFileSync } from "node:child_process";
import { intakeCandidates, proposeForStatement } from "@/lib/intake/propose";
import { fitLinkModel, type LinkModel } from "@/lib/intake/model";
import { FITTED_LINK_MODEL } from "@/lib/intake/fitted-model";
import type { IntakeParagraph, IntakeResult, LinkFeatures } from "@/lib/intake/types";
import { migrate } from "@/lib/db/migrate";
import { meetingSection } from "@/lib/intake/sections";
import { cvEvalLine, scoreMeeting, totals, type MeetingScore } from "@/lib/intake/evaluation";
import { loadAliases } from "@/lib/seed/aliases";
import { loadDataSet } from "@/lib/seed/data-set";
import { dataSetBefore } from "@/lib/intake/replay";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createDatabase, dropDatabase, randomDatabaseName } from "@/tests/support/test-database";
import { scratchServer } from "./support/scratch-server";

const verbose = process.argv.includes("--verbose");
const writeModel = process.argv.includes("--write-model");
// --perf-only / --no-perf: while tuning, run one half.
const perfOnly = process.argv.includes("--perf-only");
const noPerf = process.argv.includes("--no-perf");
const data = loadDataSet();
const aliases = loadAliases();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ref = (document: string, label: string) => `${document}#${label}`;

const replayed = data.meetings
  .filter((m) => data.documents.some((d) => d.meetings.includes(m.id)))
  .filter((m) => data.pledges.some((p) => p.meeting === m.id || p.updates.some((u) => u.meeting === m.id)))
  .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

const dateOf = new Map(data.meetings.map((m) => [m.id, m.date]));

// A meeting's paragraphs in one language: the English replay reads the English documents,
// the Japanese replay the Japanese ones.
function paragraphsOf(meetingId: string, language: "en" | "ja" = "en", only?: string): IntakeParagraph[] {
  return data.documents
    .filter((d) => d.meetings.includes(meetingId) && (d.language ?? "en") === language && (!only || d.id === only))
    .flatMap((d) => {
      const all = data.paragraphs.get(d.id)!;
      const section = meetingSection(
        all,
        dateOf.get(meetingId)!,
        d.meetings.map((m) => dateOf.get(m)!),
      );
      return section.map((i) => all[i]!).map((p) => ({ id: ref(d.id, p.label), label: p.label, text: p.text }));
    });
}

// CPU time PostgreSQL spent for this database's connections, read from /proc when the server
// runs on this machine (null otherwise): on a shared, loaded machine wall time says little.
async function serverCpuMs(client: PrismaClient): Promise<number | null> {
  const pids = await client.$queryRaw<
    { pid: number }[]
  >`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`;
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      return null;
    }
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

async function openDatabase(serverUrl: string, seed: Parameters<typeof seedDatabase>) {
  const name = randomDatabaseName("pt_test");
  const url = await createDatabase(serverUrl, name);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: "-c jit=off" }) });
  const close = async () => {
    await client.$disconnect();
    await dropDatabase(serverUrl, name);
  };
  try {
    await migrate(url);
    await seedDatabase(url, seed[1], seed[2]);
  } catch (error) {
    await close();
    throw error;
  }
  return { client, close };
}

async function withDatabase<T>(
  serverUrl: string,
  seed: Parameters<typeof seedDatabase>,
  fn: (client: PrismaClient) => Promise<T>,
): Promise<T> {
  const { client, close } = await openDatabase(serverUrl, seed);
  try {
    return await fn(client);
  } finally {
    await close();
  }
}

type Replayed = {
  id: string;
  input: { dialogueId: string; date: Date; paragraphs: IntakeParagraph[] };
  client: PrismaClient;
  close: () => Promise<void>;
  gold: { pledgeId: string; paragraph: string; status: (typeof data.pledges)[number]["updates"][number]["status"] }[];
  goldNew: { id: string; paragraph: string; quote: string }[];
  samples: { features: LinkFeatures; label: boolean }[];
};

function scoreOf(r: Replayed, result: IntakeResult): MeetingScore {
  const idOf = (i: number) => r.input.paragraphs[i]!.id!;
  return scoreMeeting(
    r.gold,
    result.proposals.map((p) => ({ pledgeId: p.pledgeId, paragraph: idOf(p.paragraph), status: p.status })),
    r.goldNew,
    result.drafts.map((d) => ({ paragraph: idOf(d.paragraph), quote: d.quote })),
  );
}

function printDetails(label: string, id: string, result: IntakeResult, score: MeetingScore) {
  if (!verbose) return;
  for (const p of result.proposals)
    console.error(`  [${label}] ${id} proposes ${p.pledgeId} @${p.label} ${p.status} ${p.score} ${p.reasons.rule}`);
  for (const d of result.drafts)
    console.error(`  [${label}] ${id} draft @${d.label} [${d.side}, ${d.areaId}] ${d.title}`);
  for (const u of result.unsure)
    console.error(`  [${label}] ${id} unsure ${u.pledgeId} @${u.label} ${u.score}: ${u.why}`);
  for (const m of score.misses) console.error(`  [${label}] ${id} MISSED ${m}`);
  for (const w of score.wrong) console.error(`  [${label}] ${id} WRONG ${w}`);
}

const sameModel = (a: LinkModel, b: LinkModel) => JSON.stringify(a) === JSON.stringify(b);

function writeFittedModel(model: LinkModel) {
  const file = new URL("../lib/intake/fitted-model.ts", import.meta.url);
  fs.writeFileSync(
    file,
    `import type { LinkModel } from "./model";\n\n// Written by \`npm run eval:intake -- --write-model\` (fitted on every replayed meeting); do not edit.\nexport const FITTED_LINK_MODEL: LinkModel = ${JSON.stringify(model)};\n`,
  );
  execFileSync("npx", ["prettier", "--write", file.pathname], { stdio: "ignore" });
}

const { url: serverUrl, stop } = await scratchServer();
const rows: { id: string; open: number; score: MeetingScore }[] = [];
const cvRows: MeetingScore[] = [];
const jaRows: MeetingScore[] = [];
const jaSummary: string[] = [];
let jaUnscored = 0;
let fitted: LinkModel | null = null;
let ms = 0;
let cpuMs = null as number | null;
const replays: Replayed[] = [];
try {
  for (const meeting of perfOnly ? [] : replayed) {
    const before = dataSetBefore(data, aliases, meeting.id);
    const paragraphs = paragraphsOf(meeting.id);
    const { client, close } = await openDatabase(serverUrl, ["", before.data, before.aliases]);
    // Reports on pledges made before the meeting: an update of a pledge made at the same
    // meeting is not a report on an earlier pledge, and no intake could propose it.
    const gold = data.pledges
      .filter((p) => dateOf.get(p.meeting)! < meeting.date)
      .flatMap((p) =>
        p.updates
          .filter((u) => u.meeting === meeting.id)
          .map((u) => ({ pledgeId: p.id, paragraph: ref(u.cite.document, u.cite.paragraph), status: u.status })),
      );
    const goldNew = data.pledges
      .filter((p) => p.meeting === meeting.id)
      .map((p) => ({ id: p.id, paragraph: ref(p.cite.document, p.cite.paragraph), quote: p.cite.quote }));
    const input = { dialogueId: meeting.dialogue, date: day(meeting.date), paragraphs };
    const { candidates } = await intakeCandidates(client, input);
    const goldKeys = new Set(gold.map((g) => `${g.pledgeId}@${g.paragraph}`));
    const samples = candidates.map((c) => ({
      features: c.features,
      label: goldKeys.has(`${c.pledgeId}@${paragraphs[c.paragraph]!.id!}`),
    }));
    replays.push({ id: meeting.id, input, client, close, gold, goldNew, samples });
  }

  if (replays.length) {
    // Replay: the model fitted on every meeting, the one the app uses.
    const all = fitLinkModel(replays.flatMap((r) => r.samples));
    fitted = all;
    if (writeModel) writeFittedModel(all);
    else if (!sameModel(all, FITTED_LINK_MODEL))
      console.error(
        "lib/intake/fitted-model.ts differs from the model fitted now: run with --write-model to update it.",
      );
    for (const r of replays) {
      const result = await proposeForStatement(r.client, r.input, all);
      const score = scoreOf(r, result);
      rows.push({ id: r.id, open: result.open, score });
      printDetails("replay", r.id, result, score);
    }
    // Leave one meeting out: the meeting scored never takes part in fitting.
    for (const r of replays) {
      const others = replays.filter((o) => o !== r).flatMap((o) => o.samples);
      const result = await proposeForStatement(r.client, r.input, fitLinkModel(others));
      const score = scoreOf(r, result);
      cvRows.push(score);
      printDetails("cv", r.id, result, score);
    }
    // The Japanese documents, each on its own, with the model fitted without their meeting.
    // The answer key is the English links: where a Japanese text is aligned with an English
    // one, a link recorded on the English paragraph N is a link on the Japanese paragraph N.
    // Only numbered paragraphs align, so only proposals on them can be scored; the others,
    // and the documents aligned with no English text, are listed as unscored.
    for (const doc of data.documents.filter((d) => d.language === "ja")) {
      const r = replays.find((x) => doc.meetings.includes(x.id));
      if (!r) continue;
      const paragraphs = paragraphsOf(r.id, "ja", doc.id);
      const labels = new Set(paragraphs.map((p) => p.label));
      const aligned = (label: string) => doc.alignedWith !== undefined && !label.startsWith("¶") && labels.has(label);
      const others = replays.filter((o) => o !== r).flatMap((o) => o.samples);
      const result = await proposeForStatement(r.client, { ...r.input, paragraphs }, fitLinkModel(others));
      const gold = r.gold
        .filter((g) => doc.alignedWith && g.paragraph.startsWith(`${doc.alignedWith}#`))
        .map((g) => ({ ...g, label: g.paragraph.slice(doc.alignedWith!.length + 1) }))
        .filter((g) => aligned(g.label))
        .map(({ label, ...g }) => ({ ...g, paragraph: ref(doc.id, label) }));
      const scored = result.proposals.filter((p) => aligned(p.label));
      const score = scoreMeeting(
        gold,
        scored.map((p) => ({ pledgeId: p.pledgeId, paragraph: ref(doc.id, p.label), status: p.status })),
        [],
        [],
      );
      jaRows.push(score);
      jaUnscored += result.proposals.length - scored.length;
      jaSummary.push(
        `${doc.id}: ${paragraphs.length} paragraphs, ${gold.length} recorded links on aligned paragraphs, ${scored.length} proposals scored, ${result.proposals.length - scored.length} unscored, ${result.drafts.length} drafts`,
      );
      printDetails("ja", doc.id, result, score);
    }
  }
  // Time to propose: 60 paragraphs of real statements against 500 open pledges (the real
  // pledges, copied into one dialogue until there are 500).
  const statement = data.documents
    .flatMap((d) => data.paragraphs.get(d.id)!)
    .slice(0, 60)
    .map((p, i) => ({ label: String(i + 1), text: p.text }));
  const perf = structuredClone(data);
  const base = perf.pledges.filter((p) => p.updates.length === 0 || true);
  perf.pledges = Array.from({ length: 500 }, (_, i) => {
    const p = base[i % base.length]!;
    return {
      ...p,
      id: `perf-${i}`,
      dialogue: "japan-uk",
      meeting: "jpuk-2plus2-2015",
      title: `${p.title} (${i})`.slice(0, 200),
      predecessor: undefined,
      updates: [],
    };
  });
  const perfAliases = Object.fromEntries(
    perf.pledges.flatMap((p, i) =>
      aliases[base[i % base.length]!.id] ? [[p.id, aliases[base[i % base.length]!.id]!]] : [],
    ),
  );
  if (!noPerf)
    ms = await withDatabase(serverUrl, ["", perf, perfAliases], async (client) => {
      const samples: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < 6; i++) {
        const before = await serverCpuMs(client);
        const t = process.hrtime.bigint();
        await proposeForStatement(client, { dialogueId: "japan-uk", date: day("2030-01-01"), paragraphs: statement });
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
        const after = await serverCpuMs(client);
        if (before !== null && after !== null) cpu.push(after - before);
      }
      samples.shift(); // warm-up
      cpu.shift();
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      if (cpu.length) cpuMs = median(cpu);
      return median(samples);
    });
} finally {
  for (const r of replays) await r.close();
  await stop();
}

const header = ["meeting", "open", "links", "proposed", "correct", "status ok", "new", "drafts", "new found"];
const table = rows.map(({ id, open, score: s }) =>
  [id, open, s.goldLinks, s.proposed, s.correctLinks, s.correctStatus, s.goldNew, s.drafts, s.matchedNew].map(String),
);
const sum = (i: number) => String(table.reduce((n, r) => n + Number(r[i]), 0));
table.push(["total", sum(1), sum(2), sum(3), sum(4), sum(5), sum(6), sum(7), sum(8)]);
console.log(`| ${header.join(" | ")} |\n|${header.map(() => " --- ").join("|")}|`);
for (const r of table) console.log(`| ${r.join(" | ")} |`);
const t = totals(rows.map((r) => r.score));
const cv = totals(cvRows);
const f2 = (n: number) => n.toFixed(2);
if (fitted)
  console.log(
    `\nLink model fitted on ${fitted.samples} candidates (${fitted.positives} recorded links): ${fitted.features.map((k, i) => `${k} ${fitted!.weights[i]}`).join(", ")}; bias ${fitted.bias}; proposes at p >= ${fitted.threshold}.`,
  );
console.log(
  `replay:              link_precision=${f2(t.linkPrecision)} link_recall=${f2(t.linkRecall)} status_accuracy=${f2(t.statusAccuracy)} new_recall=${f2(t.newRecall)} new_precision=${f2(t.newPrecision)}`,
);
console.log(
  `leave-one-meeting-out: link_precision=${f2(cv.linkPrecision)} link_recall=${f2(cv.linkRecall)} status_accuracy=${f2(cv.statusAccuracy)} new_recall=${f2(cv.newRecall)} new_precision=${f2(cv.newPrecision)}`,
);
console.log(
  `\n60 paragraphs against 500 open pledges: ${ms.toFixed(0)} ms (median of 5)${cpuMs === null ? "" : `, of which PostgreSQL CPU ${cpuMs.toFixed(0)} ms`}; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
);
const ja = totals(jaRows);
console.log(`\nJapanese documents (${jaUnscored} proposals on paragraphs no English text aligns with, unscored):`);
for (const line of jaSummary) console.log(`  ${line}`);
console.log(
  `japanese:            link_precision=${f2(ja.linkPrecision)} link_recall=${f2(ja.linkRecall)} (${jaRows.reduce((n, s) => n + s.correctLinks, 0)} of ${jaRows.reduce((n, s) => n + s.proposed, 0)} scored proposals right, ${jaRows.reduce((n, s) => n + s.goldLinks, 0)} recorded links)`,
);
console.log(cvEvalLine(t, cv, ms, ja));
