import { z } from "zod";

// Text is stored and shown as plain text (React escapes it everywhere). Markup in it is
// almost always a paste from a web page or an attempt at script injection, so the forms
// refuse it with a clear message instead of storing it. The list names real HTML elements
// so that statements quoting "<Provisional translation>" still go through.
const TAG_NAMES =
  "script|style|iframe|frame|frameset|object|embed|applet|img|svg|math|link|meta|base|form|input|button|textarea|select|a|div|span|p|br|hr|b|i|u|em|strong|table|tr|td|th|body|html|head|video|audio|source";
// An element name, tried (sticky) where the blanks and "/" after a "<" end. The blanks are
// skipped by hand: a pattern "\s*\/?\s*" backtracks, quadratically, over a long run of spaces.
const TAG_NAME = new RegExp(`(?:${TAG_NAMES})\\b`, "iy");
const BLANK = /\s/;

// Where the blanks from `at` end.
function skipBlanks(text: string, at: number): number {
  while (at < text.length && BLANK.test(text[at]!)) at++;
  return at;
}
const SCRIPT_URL = /\b(?:javascript|vbscript)\s*:|\bdata\s*:\s*text\/html/i;

// The longest text any field accepts (a meeting's statement). Longer text is refused before
// any pattern looks at it.
export const MAX_TEXT_LENGTH = 200_000;

// The first markup in `text` (an excerpt), or null. Linear in the length: a tag is "<", an
// element name and, anywhere later, a ">" (the old single regex retried its [^>]* from every
// "<" and took seconds on a paste of "<a " repeated). Each character is looked at a bounded
// number of times: the blanks after one "<" end at the next non-blank, so runs never overlap.
export function findMarkup(text: string): string | null {
  const scanned = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const lastClose = scanned.lastIndexOf(">");
  for (let at = scanned.indexOf("<"); at !== -1 && at < lastClose; at = scanned.indexOf("<", at + 1)) {
    let name = skipBlanks(scanned, at + 1);
    if (scanned[name] === "/") name = skipBlanks(scanned, name + 1);
    TAG_NAME.lastIndex = name;
    if (TAG_NAME.test(scanned) && TAG_NAME.lastIndex <= lastClose) {
      const excerpt = scanned.slice(at, at + 40);
      const close = excerpt.indexOf(">");
      return close === -1 ? excerpt : excerpt.slice(0, close + 1);
    }
  }
  const url = scanned.match(SCRIPT_URL);
  return url ? url[0] : null;
}

// Adds the no-markup check to a string schema, keeping its other rules and messages. It runs
// only on text the field itself accepted, so a 63 KB note for a 2,000-character field is
// refused by its length alone and never scanned.
export function plain<S extends z.ZodType<string>>(schema: S) {
  return schema.superRefine((value, ctx) => {
    if (ctx.issues.length > 0) return;
    if (value.length > MAX_TEXT_LENGTH) {
      ctx.addIssue({ code: "custom", message: `Keep this under ${MAX_TEXT_LENGTH.toLocaleString("en")} characters` });
      return;
    }
    const found = findMarkup(value);
    if (found) ctx.addIssue({ code: "custom", message: `Remove the markup ${found}: text is stored as plain text` });
  });
}

// An optional text field from a form: "" (an empty input) means absent.
export function optional<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
}
