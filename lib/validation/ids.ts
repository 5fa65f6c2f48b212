import { z } from "zod";
import { storableText } from "./storable";

// Record ids and versions as forms and API clients send them.

export const ZId = (message: string) => z.string({ message }).trim().min(1, message).max(100, "That id is too long");

export const ZVersion = z.coerce
  .number({ message: "The form is missing its version; reload the page" })
  .int("The form's version is not valid; reload the page")
  .positive("The form's version is not valid; reload the page")
  // Versions are PostgreSQL integers: a larger number is no version (and not a database error).
  .max(2_147_483_647, "The form's version is not valid; reload the page");

// An id from a URL path. Ids are short printable text: anything else (NUL, control or broken
// Unicode characters, a megabyte of text) names no record, so the page answers 404 without
// asking the database.
export function pathId(raw: string): string | null {
  return raw.length >= 1 && raw.length <= 100 && storableText(raw) && !/[\u0000-\u001f\u007f]/.test(raw) ? raw : null;
}
