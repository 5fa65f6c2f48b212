import "server-only";
import { db } from "./read-db";

// The area taxonomy in its display order.
export async function listAreas() {
  return db.area.findMany({
    select: { id: true, name: true, description: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
}

export async function getArea(id: string) {
  return db.area.findUnique({ where: { id }, select: { id: true, name: true, description: true } });
}

// The taxonomy for the admin list, in display order, with pledge counts.
export async function listAreasForAdmin() {
  const rows = await db.area.findMany({
    select: { id: true, name: true, description: true, position: true, _count: { select: { pledges: true } } },
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
