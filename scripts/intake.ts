// `npm run intake -- --dialogue japan-uk --file statement.txt [--date YYYY-MM-DD] [--json]`:
// what the intake would propose for a statement, printed and never saved, so an analyst can
// try a text before entering the meeting. Uses DATABASE_URL or the embedded database.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { proposeForStatement } from "@/lib/intake/propose";
import { db } from "@/lib/db/client";
import { paragraphRef, parseStatement } from "@/lib/domain/statement-parser";
import { STATUS_LABELS } from "@/lib/domain/status";
import { ZIntakeDryRun } from "@/lib/validation/intake";
import { prepareDatabase } from "./prepare-database";

const USAGE = "Usage: npm run intake -- --dialogue japan-uk --file statement.txt [--date YYYY-MM-DD] [--json]";

// One clear line on stderr and a non-zero exit: 2 for a wrong command line, 1 for bad input.
function fail(line: string, code = 1): never {
  console.error(line);
  process.exit(code);
}

let values: { dialogue?: string; file?: string; date?: string; json?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      dialogue: { type: "string" },
      file: { type: "string" },
      date: { type: "string" },
      json: { type: "boolean" },
    },
  }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`, 2);
}
if (!values.file || !values.dialogue) fail(USAGE, 2);
// With --json, stdout holds the JSON and nothing else: every log line (the database's notice,
// migrations, the first seed) goes to stderr.
if (values.json) console.log = console.error;
let text = "";
try {
  text = fs.readFileSync(values.file, "utf8");
} catch (error) {
  fail(`Cannot read ${values.file}: ${error instanceof Error && "code" in error ? String(error.code) : "unreadable"}`);
}
const parsed = ZIntakeDryRun.safeParse({
  dialogue: values.dialogue,
  statement: text,
  date: values.date ?? new Date().toISOString().slice(0, 10),
});
if (!parsed.success) {
  const errors = Object.entries(z.flattenError(parsed.error).fieldErrors).map(
    ([field, messages]) =>
      `${field === "statement" ? values.file : `--${field}`}: ${(messages as string[]).join("; ")}`,
  );
  fail(errors.join(" | ") || "Invalid input");
}
const input = parsed.data;
const database = await prepareDatabase({ seed: true }).catch((error: unknown) =>
  fail(`Cannot prepare the database: ${error instanceof Error ? error.message : String(error)}`),
);
process.env.DATABASE_URL = database.url;
let unknownDialogue = false;
try {
  const dialogue = await db.dialogue.findUnique({ where: { id: input.dialogue }, select: { id: true, name: true } });
  if (!dialogue) {
    const known = await db.dialogue.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    console.error(`No dialogue "${input.dialogue}". Known: ${known.map((d) => d.id).join(", ")}`);
    unknownDialogue = true;
  } else {
    const paragraphs = parseStatement(input.statement);
    const result = await proposeForStatement(db, {
      dialogueId: dialogue.id,
      date: new Date(`${input.date}T00:00:00Z`),
      paragraphs,
    });
    if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      console.log(
        `${dialogue.name}: ${paragraphs.length} paragraphs, ${result.open} pledges open before ${input.date}. Nothing is saved.\n`,
      );
      if (result.open === 0) console.log("No pledge of this dialogue was open before that date: nothing to report on.");
      for (const p of result.proposals) {
        console.log(`${p.score.toFixed(2)}  ${p.pledgeTitle} [${p.pledgeId}]`);
        console.log(
          `      ${paragraphRef(p.label)} → ${STATUS_LABELS[p.status]} (before: ${STATUS_LABELS[p.statusBefore]}; ${p.reasons.rule})`,
        );
        console.log(`      “${p.quote}”`);
        const why = [
          p.reasons.aliases.length ? `aliases ${p.reasons.aliases.join(", ")}` : "",
          p.reasons.keyTerms.length ? `key terms ${p.reasons.keyTerms.join(", ")}` : "",
          p.reasons.terms.length ? `terms ${p.reasons.terms.join(", ")}` : "",
        ].filter(Boolean);
        console.log(`      matched: ${why.join("; ")}\n`);
      }
      if (result.proposals.length === 0 && result.open > 0)
        console.log("No paragraph reports convincingly on any open pledge.\n");
      for (const d of result.drafts) {
        console.log(`NEW?  ${d.title}`);
        console.log(`      ${paragraphRef(d.label)} · ${d.areaName ?? "area?"} · side: ${d.side} · “${d.reasons.cue}”`);
        console.log(`      “${d.quote}”\n`);
      }
    }
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
// Set after the database is closed: something on the way out resets process.exitCode.
if (unknownDialogue) process.exit(1);
