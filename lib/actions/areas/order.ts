import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// The taxonomy order: areas' `position`, 1..n without gaps. Adding or moving an area takes a
// lock on the table first, so two admins reordering at once queue up instead of interleaving
// their renumbering (the row-level version check alone cannot see the neighbours move).

export async function lockAreaOrder(tx: Prisma.TransactionClient): Promise<void> {
  // Blocks other writers of `areas` (and itself), not readers or pledges referring to areas.
  await tx.$executeRaw`LOCK TABLE areas IN SHARE ROW EXCLUSIVE MODE`;
}

export async function nextAreaPosition(tx: Prisma.TransactionClient): Promise<number> {
  const { _max } = await tx.area.aggregate({ _max: { position: true } });
  return (_max.position ?? 0) + 1;
}

export type AreaShift = { id: string; to: number };

// Where area `id` lands when moved to `wanted` (clamped to the list), and the other areas
// whose position changes to close the gap and make room.
export async function planAreaMove(
  tx: Prisma.TransactionClient,
  id: string,
  wanted: number,
): Promise<{ position: number; shifts: AreaShift[] }> {
  const rows = await tx.area.findMany({
    select: { id: true, position: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const others = rows.filter((r) => r.id !== id);
  const position = Math.min(Math.max(wanted, 1), others.length + 1);
  const order = [...others.slice(0, position - 1), null, ...others.slice(position - 1)];
  const shifts = order.flatMap((r, i) => (r && r.position !== i + 1 ? [{ id: r.id, to: i + 1 }] : []));
  return { position, shifts };
}
