// After a load: is every accepted write in the database with its audit event, did none
// overwrite another, and did every write that reached the database arrive whole?
import pg from "pg";
import type { AcceptedWrite } from "./editors";

// The pledges' versions and titles, and the database's clock, before a load.
export type Snapshot = { at: Date; pledges: Map<string, { version: number; title: string }> };

export async function snapshotPledges(url: string, ids: string[]): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; version: number; title: string; at: Date }>(
      `SELECT id, version, title, now() AS at FROM pledges WHERE id = ANY($1)`,
      [ids],
    );
    return {
      at: rows[0]?.at ?? new Date(),
      pledges: new Map(rows.map((r) => [r.id, { version: r.version, title: r.title }])),
    };
  } finally {
    await client.end();
  }
}

type AuditRow = {
  id: string;
  action: string;
  entity_id: string;
  user_id: string | null;
  note: string | null;
  title: string | null;
};

// `lost` counts every way an accepted write could have gone missing or been overwritten;
// `halfApplied` every write the database holds without its audit event, or the reverse.
export async function verifyWrites(url: string, accepted: AcceptedWrite[], before: Snapshot, editorIds: string[]) {
  const problems: string[] = [];
  let lost = 0;
  let halfApplied = 0;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids = [...before.pledges.keys()];
    const after = (await snapshotPledges(url, ids)).pledges;
    const audits = (
      await client.query<AuditRow>(
        `SELECT id, action, entity_id, user_id, after->'update'->>'note' AS note, after->>'title' AS title
           FROM audit_events WHERE entity_type = 'pledge' AND entity_id = ANY($1) AND user_id = ANY($2) AND created_at >= $3`,
        [ids, editorIds, before.at],
      )
    ).rows;
    const updates = (
      await client.query<{ id: string; pledge_id: string; recorded_by: string; note: string | null }>(
        `SELECT id, pledge_id, recorded_by, note FROM status_updates WHERE pledge_id = ANY($1) AND recorded_by = ANY($2) AND created_at >= $3`,
        [ids, editorIds, before.at],
      )
    ).rows;
    const updateById = new Map(updates.map((u) => [u.id, u]));
    const auditKey = (a: {
      action: string;
      entity_id: string;
      user_id: string | null;
      note: string | null;
      title: string | null;
    }) => (a.action === "status.record" ? `s|${a.entity_id}|${a.note}` : `e|${a.entity_id}|${a.title}`);
    const auditKeys = new Map<string, number>();
    for (const a of audits) auditKeys.set(auditKey(a), (auditKeys.get(auditKey(a)) ?? 0) + 1);

    // 1. Every accepted write is there, with its audit event.
    for (const w of accepted) {
      if (w.kind === "status") {
        const row = updateById.get(w.updateId);
        if (!row || row.pledge_id !== w.pledgeId || row.recorded_by !== w.userId || row.note !== w.note) {
          lost += 1;
          problems.push(`status update ${w.updateId} on ${w.pledgeId} is missing`);
        }
      }
      const key = w.kind === "status" ? `s|${w.pledgeId}|${w.note}` : `e|${w.pledgeId}|${w.title}`;
      if (!auditKeys.get(key)) {
        lost += 1;
        problems.push(`no audit event for the accepted ${w.kind} write on ${w.pledgeId}`);
      }
    }
    // 2. No accepted write overwrote another: each claimed a different version of its pledge,
    //    and the pledge moved on by exactly one version per write the database holds.
    const byPledge = new Map<string, AcceptedWrite[]>();
    for (const w of accepted) byPledge.set(w.pledgeId, [...(byPledge.get(w.pledgeId) ?? []), w]);
    for (const [id, writes] of byPledge) {
      const versions = writes.map((w) => w.version);
      const duplicates = versions.length - new Set(versions).size;
      if (duplicates > 0) {
        lost += duplicates;
        problems.push(`${id}: ${duplicates} accepted writes claimed a version another accepted write had claimed`);
      }
      const lastEdit = writes.filter((w) => w.kind === "edit").sort((a, b) => b.version - a.version)[0];
      if (lastEdit && after.get(id)?.title !== lastEdit.title) {
        lost += 1;
        problems.push(`${id}: the title is not the one of the last accepted edit`);
      }
    }
    for (const id of ids) {
      const moved = (after.get(id)?.version ?? 0) - (before.pledges.get(id)?.version ?? 0);
      const written = audits.filter((a) => a.entity_id === id).length;
      if (moved !== written) {
        halfApplied += Math.abs(moved - written);
        problems.push(`${id}: version moved by ${moved} but ${written} writes were audited`);
      }
    }
    // 3. Nothing half-applied: every status update of the editors has exactly one audit event
    //    and every audit event of a status update has its row.
    const auditedNotes = new Set(
      audits.filter((a) => a.action === "status.record").map((a) => `${a.entity_id}|${a.note}`),
    );
    const rowNotes = new Set(updates.map((u) => `${u.pledge_id}|${u.note}`));
    const unaudited = updates.filter((u) => !auditedNotes.has(`${u.pledge_id}|${u.note}`));
    const orphanAudits = [...auditedNotes].filter((key) => !rowNotes.has(key));
    halfApplied += unaudited.length + orphanAudits.length;
    problems.push(
      ...unaudited.map((u) => `status update ${u.id} has no audit event`),
      ...orphanAudits.map((key) => `audit event without its status update: ${key}`),
    );
    return { lost, halfApplied, problems, statusRows: updates.length, auditEvents: audits.length };
  } finally {
    await client.end();
  }
}
