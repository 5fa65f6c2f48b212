import "server-only";
import { db } from "./read-db";
import { progressByArea, type StatusCounts } from "./progress";
import { STATUSES } from "@/lib/domain/status";
import type { Prisma } from "@/lib/generated/prisma/client";

// The area taxonomy in its display order.
export async function listAreas() {
  return db.area.findMany({
    select: { id: true, name: true, nameJa: true, description: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
}

export async function getArea(id: string) {
  return db.area.findUnique({ where: { id }, select: { id: true, name: true, nameJa: true, description: true } });
}

// The taxonomy for the admin list, in display order, with pledge counts.
export async function listAreasForAdmin() {
  const rows = await db.area.findMany({
    select: {
      id: true,
      name: true,
      nameJa: true,
      description: true,
      position: true,
      _count: { select: { pledges: true } },
    },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  return rows.map(({ _count, ...a }) => ({ ...a, pledges: _count.pledges }));
}

// An area as its edit form opens it, with its place in the taxonomy (1 = first) and version.
export async function getAreaForEdit(id: string) {
  const [area, total] = await Promise.all([
    db.area.findUnique({
      where: { id },
      select: { id: true, name: true, description: true, position: true, version: true },
    }),
    db.area.count(),
  ]);
  return area && { ...area, total };
}

// Tags in use, for the pledge filters.
export async function listTags() {
  return db.tag.findMany({ select: { id: true, label: true }, orderBy: { label: "asc" } });
}

// The area taxonomy with pledge counts by current status (within a dialogue when given).
// The taxonomy is a short list, so the page is cut from the one aggregate query.
export async function listAreaRecords(dialogueId: string | undefined, page: number, perPage: number) {
  const [areas, progress] = await Promise.all([
    db.area.findMany({ select: { id: true, description: true } }),
    progressByArea({ dialogue: dialogueId }),
  ]);
  const descriptions = new Map(areas.map((a) => [a.id, a.description]));
  // The API names areas in English (areaJa is the pages').
  const records = progress.map(({ areaId, area, total, shareDelivered, ...counts }) => ({
    id: areaId,
    name: area,
    description: descriptions.get(areaId) ?? null,
    pledges: total,
    shareDelivered: Math.round(shareDelivered * 1000) / 1000,
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, counts[s]])) as StatusCounts,
  }));
  return { total: records.length, records: records.slice((page - 1) * perPage, page * perPage) };
}

export async function areaSnapshot(tx: Prisma.TransactionClient, id: string) {
  return tx.area.findUnique({
    where: { id },
    select: { slug: true, name: true, description: true, position: true, version: true },
  });
}
