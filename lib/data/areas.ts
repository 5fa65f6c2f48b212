import "server-only";
import { db } from "@/lib/db/client";

// The area taxonomy in its display order.
export async function listAreas() {
  return db.area.findMany({ select: { id: true, name: true, description: true }, orderBy: [{ position: "asc" }, { name: "asc" }] });
}

export async function getArea(id: string) {
  return db.area.findUnique({ where: { id }, select: { id: true, name: true, description: true } });
}

// Tags in use, for the pledge filters.
export async function listTags() {
  return db.tag.findMany({ select: { id: true, label: true }, orderBy: { label: "asc" } });
}
