import "server-only";
import type { DraftReasons, ProposalReasons, StoredDraft, StoredProposal } from "./types";
import type { Client } from "./match";
import { db } from "@/lib/data/read-db";

// The stored intake of a meeting, for the review screen and "Add a pledge made here" (reads
// through the app's guarded client; lib/intake/propose.ts computes, and scripts use it too).

// What the intake proposed for a meeting (strongest first), for the review screen.
export async function meetingIntake(
  meetingId: string,
  client: Client = db,
): Promise<{ proposals: StoredProposal[]; drafts: StoredDraft[]; computedAt: Date | null }> {
  const [proposals, drafts] = await Promise.all([
    client.intakeProposal.findMany({
      where: { meetingId },
      select: {
        pledgeId: true,
        paragraphId: true,
        quote: true,
        status: true,
        score: true,
        reasons: true,
        createdAt: true,
      },
      orderBy: [{ score: "desc" }, { pledgeId: "asc" }],
    }),
    client.intakeDraft.findMany({
      where: { meetingId },
      select: {
        id: true,
        paragraphId: true,
        quote: true,
        title: true,
        side: true,
        reasons: true,
        createdAt: true,
        area: { select: { name: true } },
        paragraph: { select: { label: true, position: true } },
      },
      orderBy: [{ paragraph: { position: "asc" } }, { id: "asc" }],
    }),
  ]);
  return {
    proposals: proposals.map((p) => ({ ...p, reasons: p.reasons as ProposalReasons })),
    drafts: drafts.map((d) => ({
      id: d.id,
      paragraphId: d.paragraphId,
      label: d.paragraph.label,
      quote: d.quote,
      title: d.title,
      areaName: d.area?.name ?? null,
      side: d.side,
      reasons: d.reasons as DraftReasons,
    })),
    computedAt: proposals[0]?.createdAt ?? drafts[0]?.createdAt ?? null,
  };
}

// A stored draft pledge, to open "Add a pledge made here" pre-filled.
export async function getDraft(id: string, client: Client = db) {
  return client.intakeDraft.findUnique({
    where: { id },
    select: { id: true, meetingId: true, paragraphId: true, quote: true, title: true, areaId: true, side: true },
  });
}
