import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/domain/dates";
import { paragraphRef } from "@/lib/domain/statement-parser";

// What the audit trail stores of each entity: readable values (names, titles, "para 15")
// rather than ids, so a before/after diff reads as a sentence. `version` is kept for the
// "someone else saved first" report.

const day = (d: Date | null) => (d ? isoDay(d) : null);

export async function pledgeSnapshot(tx: Prisma.TransactionClient, id: string) {
  const p = await tx.pledge.findUnique({
    where: { id },
    select: {
      title: true,
      text: true,
      side: true,
      quote: true,
      targetDate: true,
      predecessorLink: true,
      currentStatus: true,
      version: true,
      area: { select: { name: true } },
      meeting: { select: { title: true } },
      paragraph: { select: { label: true, document: { select: { title: true } } } },
      predecessor: { select: { title: true } },
      tags: { select: { tag: { select: { label: true } } } },
    },
  });
  if (!p) return null;
  return {
    title: p.title,
    text: p.text,
    area: p.area.name,
    side: p.side,
    madeAt: p.meeting.title,
    citation: `${p.paragraph.document.title}, ${paragraphRef(p.paragraph.label)}`,
    quote: p.quote,
    targetDate: day(p.targetDate),
    predecessor: p.predecessor ? `${p.predecessorLink ?? "continues"}: ${p.predecessor.title}` : null,
    tags: p.tags.map((t) => t.tag.label).sort((a, b) => a.localeCompare(b)),
    status: p.currentStatus,
    version: p.version,
  };
}

export async function meetingSnapshot(tx: Prisma.TransactionClient, id: string) {
  const m = await tx.meeting.findUnique({
    where: { id },
    select: {
      title: true,
      date: true,
      place: true,
      format: true,
      kind: true,
      ordinal: true,
      summary: true,
      statementCollected: true,
      version: true,
      dialogue: { select: { name: true } },
    },
  });
  if (!m) return null;
  return {
    dialogue: m.dialogue.name,
    title: m.title,
    date: day(m.date),
    place: m.place,
    format: m.format,
    kind: m.kind,
    ordinal: m.ordinal,
    summary: m.summary,
    statementCollected: m.statementCollected,
    version: m.version,
  };
}

export async function userSnapshot(tx: Prisma.TransactionClient, id: string) {
  const u = await tx.user.findUnique({
    where: { id },
    select: { email: true, name: true, role: true, disabled: true, version: true },
  });
  return u && { email: u.email, name: u.name, role: u.role, disabled: u.disabled, version: u.version };
}

export async function dialogueSnapshot(tx: Prisma.TransactionClient, id: string) {
  return tx.dialogue.findUnique({
    where: { id },
    select: { slug: true, name: true, partnerCountry: true, description: true, version: true },
  });
}

export async function areaSnapshot(tx: Prisma.TransactionClient, id: string) {
  return tx.area.findUnique({
    where: { id },
    select: { slug: true, name: true, description: true, position: true, version: true },
  });
}
