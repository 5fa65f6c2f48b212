import "server-only";
import { db } from "@/lib/db/client";

// Every dialogue with its meeting and pledge counts, Japan-UK (most pledges) first.
export async function listDialogues() {
  const rows = await db.dialogue.findMany({
    select: { id: true, name: true, partnerCountry: true, _count: { select: { pledges: true, meetings: true } } },
  });
  return rows
    .map((d) => ({ id: d.id, name: d.name, partnerCountry: d.partnerCountry, pledges: d._count.pledges, meetings: d._count.meetings }))
    .sort((a, b) => b.pledges - a.pledges || a.name.localeCompare(b.name));
}

export async function getDialogue(id: string) {
  return db.dialogue.findUnique({ where: { id }, select: { id: true, name: true, partnerCountry: true, description: true } });
}
