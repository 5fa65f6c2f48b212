import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import type { ActionResult } from "@/lib/actions/core/result";
import { createTestUser, form, type TestUser } from "./acting";
import { citationFor } from "./fixtures";

// Every server action there is, found in lib/actions ("use server" modules), and valid input
// for each: tests/integration/permission-matrix.test.ts calls them as every role, and
// tests/integration/action-fuzz.test.ts breaks the input field by field.

export type Action = (prev: null, input: unknown) => Promise<ActionResult<unknown>>;

export async function discoverActions(): Promise<Map<string, Action>> {
  const actions = new Map<string, Action>();
  for (const file of serverActionFiles()) {
    const mod = (await import(`@/lib/actions/${file.replace(/^lib\/actions\/|\.ts$/g, "")}`)) as Record<
      string,
      unknown
    >;
    for (const [name, value] of Object.entries(mod))
      if (typeof value === "function") actions.set(name, value as Action);
  }
  return actions;
}

// Every "use server" module under lib/actions, as a path from the project root.
function serverActionFiles(): string[] {
  const dir = path.join(process.cwd(), "lib", "actions");
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.posix.join("lib/actions", f.split(path.sep).join("/")))
    .filter((f) => fs.readFileSync(path.join(process.cwd(), f), "utf8").startsWith('"use server"'));
}

let seq = 0;
const MEETING = "jpuk-2plus2-2021";

// Valid input for each action, built fresh per call (current versions, unused targets).
export const VALID_INPUT: Record<string, (caller: TestUser | null) => Promise<unknown>> = {
  createMeeting: async () =>
    form({
      dialogueId: "japan-uk",
      title: `Matrix meeting ${++seq}`,
      date: "2026-05-01",
      format: "video",
      kind: "other",
      documentTitle: "Matrix statement",
      publisher: "MOFA",
      statement: "1. One.\n2. Two.",
    }),
  updateMeeting: async () => {
    const m = await db.meeting.findUniqueOrThrow({ where: { id: "jpuk-2plus2-2015" } });
    return {
      meetingId: m.id,
      version: m.version,
      title: `Renamed ${++seq}`,
      date: "2015-01-21",
      format: "in_person",
      kind: "two_plus_two",
    };
  },
  addDocument: async () => ({
    meetingId: MEETING,
    documentTitle: `Extra document ${++seq}`,
    publisher: "MOFA",
    statement: "1. Extra.",
  }),
  createPledge: async () => {
    const cite = await citationFor(MEETING);
    return {
      meetingId: MEETING,
      areaId: "defence-equipment",
      side: "both",
      title: `Matrix pledge ${++seq}`,
      text: "Text.",
      paragraphId: cite.paragraphId,
      quote: cite.quote,
      tags: "",
    };
  },
  updatePledge: async () => {
    const p = await db.pledge.findUniqueOrThrow({ where: { id: "jpuk-jnaam" } });
    return {
      pledgeId: p.id,
      version: p.version,
      meetingId: p.meetingId,
      areaId: p.areaId,
      side: p.side,
      title: `JNAAM ${++seq}`,
      text: p.text,
      paragraphId: p.paragraphId,
      quote: p.quote,
      tags: "JNAAM",
    };
  },
  recordStatusUpdate: async () => {
    const p = await db.pledge.findUniqueOrThrow({ where: { id: "jpuk-acsa" } });
    const cite = await citationFor(MEETING, 1);
    return {
      pledgeId: p.id,
      version: p.version,
      status: "in_progress",
      meetingId: MEETING,
      paragraphId: cite.paragraphId,
      quote: cite.quote,
    };
  },
  correctStatusUpdate: async () => {
    const p = await db.pledge.findUniqueOrThrow({ where: { id: "jpuk-cyber-cooperation" } });
    const cite = await citationFor(MEETING, 1);
    const wrong = await db.statusUpdate.create({
      data: {
        pledgeId: p.id,
        status: "dropped",
        meetingId: MEETING,
        reportedOn: new Date("2021-02-03"),
        paragraphId: cite.paragraphId,
        quote: cite.quote,
      },
    });
    return {
      pledgeId: p.id,
      version: p.version,
      status: "in_progress",
      meetingId: MEETING,
      paragraphId: cite.paragraphId,
      quote: cite.quote,
      updateId: wrong.id,
      reason: "Matrix correction",
    };
  },
  saveMeetingReview: async () => {
    const p = await db.pledge.findUniqueOrThrow({ where: { id: "jpuk-counter-ied" } });
    const cite = await citationFor(MEETING, 2);
    return {
      meetingId: MEETING,
      entries: [
        { pledgeId: p.id, version: p.version, status: "stalled", paragraphId: cite.paragraphId, quote: cite.quote },
      ],
    };
  },
  markMeetingReviewed: async () => ({ meetingId: MEETING }),
  proposeAgain: async () => ({ meetingId: MEETING }),
  setPledgeAliases: async () => {
    const p = await db.pledge.findUniqueOrThrow({ where: { id: "jpuk-acsa" } });
    return { pledgeId: p.id, version: p.version, aliases: `ACSA\nMatrix alias ${++seq}` };
  },
  // The CSV import has its own tests; here only who gets past the role check matters.
  previewPledgeImport: async () => new FormData(),
  applyPledgeImport: async () => ({ csv: "" }),
  createUser: async () => ({ email: `matrix-${++seq}@example.org`, name: "Matrix", role: "viewer" }),
  changeUserRole: async () => ({ userId: (await createTestUser("viewer")).id, version: 1, role: "editor" }),
  setUserDisabled: async () => ({ userId: (await createTestUser("viewer")).id, version: 1, disabled: "true" }),
  resetUserPassword: async () => ({ userId: (await createTestUser("viewer")).id, version: 1 }),
  createDialogue: async () => ({ name: `Matrix dialogue ${++seq}`, partnerCountry: "Australia" }),
  updateDialogue: async () => {
    const d = await db.dialogue.findUniqueOrThrow({ where: { id: "japan-germany" } });
    return { dialogueId: d.id, version: d.version, name: `Japan-Germany ${++seq}`, partnerCountry: d.partnerCountry };
  },
  createArea: async () => form({ name: `Matrix area ${++seq}`, description: "", slug: "" }),
  updateArea: async () => {
    const a = await db.area.findUniqueOrThrow({ where: { id: "cyber-space" } });
    return { areaId: a.id, version: a.version, name: `Cyber ${++seq}`, position: 1 };
  },
  changeOwnPassword: async (caller) => ({
    current: caller?.password ?? "anything at all",
    password: `new passphrase ${++seq}`,
    confirm: `new passphrase ${seq}`,
  }),
};
