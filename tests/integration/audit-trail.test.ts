import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMeeting } from "@/lib/actions/meetings/actions";
import { recordStatusUpdate } from "@/lib/actions/status-updates/actions";
import { listAuditEvents, pledgeHistory } from "@/lib/data/audit";
import { auditParams } from "@/lib/validation/audit";
import { parseSearchParams } from "@/lib/validation/search-params";
import { queryRows } from "./helpers";
import { actAs, createTestUser, expectOk } from "./support/acting";
import { citationFor } from "./support/fixtures";

// The audit page's reads (filters, diffs), a pledge's own history, and the database's
// refusal to let anyone rewrite the trail.

async function seedEvents() {
  const [ann, bob] = [await createTestUser("editor"), await createTestUser("editor")];
  await actAs(ann);
  const meeting = expectOk(
    await createMeeting(null, {
      dialogueId: "japan-uk",
      title: "Audit test meeting",
      date: "2026-01-10",
      format: "video",
      kind: "other",
      documentTitle: "Audit doc",
      publisher: "MOFA",
      statement: "1. One.",
    }),
  );
  await actAs(bob);
  const p = await db.pledge.findUniqueOrThrow({ where: { id: "jpuk-acsa" }, select: { version: true } });
  const cite = await citationFor("jpuk-2plus2-2021", 1);
  expectOk(
    await recordStatusUpdate(null, {
      pledgeId: "jpuk-acsa",
      version: p.version,
      status: "delivered",
      meetingId: "jpuk-2plus2-2021",
      ...{ paragraphId: cite.paragraphId, quote: cite.quote },
    }),
  );
  return { ann, bob, meeting };
}

describe("audit trail", () => {
  it("filters by user, entity, entity id and date, newest first, with readable diffs", async () => {
    const { ann, bob, meeting } = await seedEvents();
    const byAnn = await listAuditEvents({ user: ann.id });
    expect(byAnn.events.map((e) => e.action)).toEqual(["document.create", "meeting.create"]);
    expect(byAnn.events[1]!.diff).toContainEqual({ field: "Title", before: null, after: "Audit test meeting" });
    const pledges = await listAuditEvents({ entity: "pledge", user: bob.id });
    expect(pledges.total).toBe(1);
    expect(pledges.events[0]).toMatchObject({ entityId: "jpuk-acsa", actor: bob.email, userName: bob.name });
    expect(pledges.events[0]!.diff.find((d) => d.field === "Status")?.after).toBe("delivered");
    expect((await listAuditEvents({ entityId: meeting.meetingId })).total).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents({ from: today, to: today, user: ann.id })).total).toBe(2);
    expect((await listAuditEvents({ to: "2000-01-01", user: ann.id })).total).toBe(0);
  });

  it("keeps a pledge's own history", async () => {
    await seedEvents();
    const history = await pledgeHistory("jpuk-acsa");
    expect(history[0]).toMatchObject({ action: "status.record", entityType: "pledge" });
  });

  it("reads filters from the query string, dropping and naming junk", () => {
    const parsed = parseSearchParams(auditParams, {
      user: "u1",
      entity: "pledge",
      from: "2026-01-01",
      to: "not a date",
      entityId: ["x", "y"],
    });
    expect(parsed.data).toEqual({
      user: "u1",
      entity: "pledge",
      entityId: undefined,
      from: "2026-01-01",
      to: undefined,
      page: 1,
    });
    expect(parsed.problems.map((p) => p.param)).toEqual(["entityId", "to"]);
    expect(parseSearchParams(auditParams, { entity: "secrets" }).data.entity).toBeUndefined();
    expect(parseSearchParams(auditParams, { entity: "constructor" }).data.entity).toBeUndefined();
  });

  it("is append-only in the database itself", async () => {
    await seedEvents();
    await expect(queryRows(`UPDATE audit_events SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(queryRows(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });
});
