import { z } from "zod";

// Text is stored and shown as plain text (React escapes it everywhere). Markup in it is
// almost always a paste from a web page or an attempt at script injection, so the forms
// refuse it with a clear message instead of storing it. The list names real HTML elements
// so that statements quoting "<Provisional translation>" still go through.
const MARKUP =
  /<\s*\/?\s*(script|style|iframe|frame|frameset|object|embed|applet|img|svg|math|link|meta|base|form|input|button|textarea|select|a|div|span|p|br|hr|b|i|u|em|strong|table|tr|td|th|body|html|head|video|audio|source)\b[^>]*>/i;
const SCRIPT_URL = /\b(javascript|vbscript|data\s*:\s*text\/html)\s*:/i;

export function findMarkup(text: string): string | null {
  const tag = text.match(MARKUP);
  if (tag) return tag[0].slice(0, 40);
  const url = text.match(SCRIPT_URL);
  return url ? url[0] : null;
}

// Adds the no-markup check to a string schema, keeping its other rules and messages.
export function plain<S extends z.ZodType<string>>(schema: S) {
  return schema.superRefine((value, ctx) => {
    const found = findMarkup(value);
    if (found) ctx.addIssue({ code: "custom", message: `Remove the markup ${found}: text is stored as plain text` });
  });
}

// An optional text field from a form: "" (an empty input) means absent.
export function optional<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
}
