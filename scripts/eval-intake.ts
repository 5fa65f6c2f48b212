// `npm run eval:intake`: replays the real data set. For every meeting that reports on earlier
// pledges or makes new ones, it builds a database holding the data set as it stood before that
// meeting (lib/intake/replay.ts), runs the intake on that meeting's own documents, and compares
// with what the data set records. Then it times a 60-paragraph statement against 500 open
// pledges. Prints a table per meeting, the totals and, last, the `intake:` line.
import fs from "node:fs";
import os from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { proposeForStatement, type IntakeParagraph } from "@/lib/intake/propose";
import { migrate } from "@/lib/db/migrate";
import { meetingSection } from "@/lib/intake/sections";
import { evalLine, scoreMeeting, totals, type MeetingScore } from "@/lib/intake/evaluation";
import { loadAliases } from "@/lib/seed/aliases";
import { loadDataSet } from "@/lib/seed/data-set";
import { dataSetBefore } from "@/lib/intake/replay";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createDatabase, dropDatabase, randomDatabaseName } from "@/tests/support/test-database";
import { scratchServer } from "./support/scratch-server";

const verbose = process.argv.includes("--verbose");
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

function paragraphsOf(meetingId: string): IntakeParagraph[] {
  return data.documents
    .filter((d) => d.meetings.includes(meetingId))
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

async function withDatabase<T>(
  serverUrl: string,
  seed: Parameters<typeof seedDatabase>,
  fn: (client: PrismaClient) => Promise<T>,
): Promise<T> {
  const name = randomDatabaseName("pt_test");
  const url = await createDatabase(serverUrl, name);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: "-c jit=off" }) });
  try {
    await migrate(url);
    await seedDatabase(url, seed[1], seed[2]);
    return await fn(client);
  } finally {
    await client.$disconnect();
    await dropDatabase(serverUrl, name);
  }
}

const { url: serverUrl, stop } = await scratchServer();
const rows: { id: string; open: number; score: MeetingScore }[] = [];
let ms = 0;
let cpuMs = null as number | null;
try {
  for (const meeting of perfOnly ? [] : replayed) {
    const before = dataSetBefore(data, aliases, meeting.id);
    const paragraphs = paragraphsOf(meeting.id);
    const result = await withDatabase(serverUrl, ["", before.data, before.aliases], (client) =>
      proposeForStatement(client, { dialogueId: meeting.dialogue, date: day(meeting.date), paragraphs }),
    );
    const idOf = (i: number) => paragraphs[i]!.id!;
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
    const score = scoreMeeting(
      gold,
      result.proposals.map((p) => ({ pledgeId: p.pledgeId, paragraph: idOf(p.paragraph), status: p.status })),
      goldNew,
      result.drafts.map((d) => ({ paragraph: idOf(d.paragraph), quote: d.quote })),
    );
    rows.push({ id: meeting.id, open: result.open, score });
    if (verbose) {
      for (const p of result.proposals)
        console.error(`  ${meeting.id} proposes ${p.pledgeId} @${p.label} ${p.status} ${p.score} ${p.reasons.rule}`);
      for (const d of result.drafts)
        console.error(`  ${meeting.id} draft @${d.label} [${d.side}, ${d.areaId}] ${d.title}`);
      for (const m of score.misses) console.error(`  ${meeting.id} MISSED ${m}`);
      for (const w of score.wrong) console.error(`  ${meeting.id} WRONG ${w}`);
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
console.log(
  `\n60 paragraphs against 500 open pledges: ${ms.toFixed(0)} ms (median of 5)${cpuMs === null ? "" : `, of which PostgreSQL CPU ${cpuMs.toFixed(0)} ms`}; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
);
console.log(evalLine(t, ms));
