import { db } from "@/lib/db/client";
import { queryRows } from "../helpers";

// Reads of the seeded real data set that tests build their inputs from.

// A paragraph of one of the meeting's documents, with a verbatim quote from it.
export async function citationFor(meetingId: string, skip = 0) {
  const paragraphs = await db.paragraph.findMany({
    where: { document: { meetings: { some: { meetingId } } } },
    select: { id: true, label: true, text: true },
    orderBy: [{ documentId: "asc" }, { position: "asc" }],
  });
  const long = paragraphs.filter((p) => p.text.length > 60);
  const p = long[skip % long.length]!;
  return { paragraphId: p.id, quote: p.text.slice(10, 50).trim(), label: p.label, text: p.text };
}

export async function pledge(id: string) {
  return db.pledge.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      version: true,
      currentStatus: true,
      meetingId: true,
      dialogueId: true,
      areaId: true,
      side: true,
      text: true,
      paragraphId: true,
      quote: true,
    },
  });
}

// A fingerprint of every table (found in the schema, so a new table is covered without
// anyone remembering to add it): equal fingerprints, unchanged database. Sessions and
// sign-in attempts are bookkeeping of who called, not data: acting as a user opens a session,
// and a refused password change still counts against its rate limit.
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const tables = await queryRows<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('_prisma_migrations', 'sessions', 'sign_in_attempts')
      ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: string; h: string | null }>(
      `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${name}" t`,
    );
    out[name] = `${row!.n}:${row!.h}`;
  }
  return out;
}
