import "server-only";
import { db } from "./read-db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Every dialogue with its meeting and pledge counts, Japan-UK (most pledges) first.
export async function listDialogues() {
  const rows = await db.dialogue.findMany({
    select: {
      id: true,
      name: true,
      nameJa: true,
      partnerCountry: true,
      partnerCountryJa: true,
      _count: { select: { pledges: true, meetings: true } },
    },
  });
  // Both languages' names, so the cached list serves either (lib/i18n/names.ts chooses).
  return rows
    .map((d) => ({
      id: d.id,
      name: d.name,
      nameJa: d.nameJa,
      partnerCountry: d.partnerCountry,
      partnerCountryJa: d.partnerCountryJa,
      pledges: d._count.pledges,
      meetings: d._count.meetings,
    }))
    .sort((a, b) => b.pledges - a.pledges || a.name.localeCompare(b.name));
}

export async function getDialogue(id: string) {
  return db.dialogue.findUnique({
    where: { id },
    select: { id: true, name: true, nameJa: true, partnerCountry: true, partnerCountryJa: true, description: true },
  });
}

// Dialogues for the admin list, in name order, with what refers to them and their version.
export async function listDialoguesForAdmin() {
  const rows = await db.dialogue.findMany({
    select: {
      id: true,
      name: true,
      nameJa: true,
      partnerCountry: true,
      partnerCountryJa: true,
      description: true,
      _count: { select: { pledges: true, meetings: true } },
    },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, ...d }) => ({ ...d, meetings: _count.meetings, pledges: _count.pledges }));
}

// A dialogue as its edit form opens it (with the version the save must match).
export async function getDialogueForEdit(id: string) {
  return db.dialogue.findUnique({
    where: { id },
    select: { id: true, name: true, partnerCountry: true, description: true, version: true },
  });
}

export async function dialogueSnapshot(tx: Prisma.TransactionClient, id: string) {
  return tx.dialogue.findUnique({
    where: { id },
    select: { slug: true, name: true, partnerCountry: true, description: true, version: true },
  });
}
