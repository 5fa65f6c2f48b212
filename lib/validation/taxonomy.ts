import { z } from "zod";
import { slugify } from "@/lib/domain/slug";
import { ZSlug, ZTitle } from "./common";
import { optional, plain } from "./text";

// Shared by the dialogue and area schemas: a name, its description, and the id a new record
// gets (typed by the admin, or derived from the name).

export const ZName = plain(z.string({ message: "Give a name" }).pipe(ZTitle));
export const ZDescription = optional(
  plain(z.string().trim().max(2_000, "Keep the description under 2,000 characters")),
);

// An id as typed: tolerant of case and surrounding spaces; empty means "derive it".
export const ZGivenSlug = optional(z.string().trim().toLowerCase().pipe(ZSlug));

// Refinement for a new record: with no id given, the name must yield one.
export function slugDerivable(v: { name: string; slug?: string }, ctx: z.RefinementCtx) {
  if (!v.slug && !ZSlug.safeParse(slugify(v.name)).success) {
    ctx.addIssue({
      code: "custom",
      path: ["slug"],
      message: "Give an id: none can be made from this name (use a-z, 0-9 and hyphens)",
    });
  }
}

// The id given, else the one derived from the name.
export function withSlug<V extends { name: string; slug?: string }>(v: V): V & { slug: string } {
  return { ...v, slug: v.slug ?? slugify(v.name) };
}
