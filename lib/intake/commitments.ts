import type { Side } from "@/lib/domain/status";
import { isJapanese } from "@/lib/domain/language";
import { findJapaneseCommitments, japaneseTitle } from "./japanese";
import { splitSentences } from "./sentences";

// Sentences that make a commitment ("agreed to", "will", "decided", "committed to",
// "confirmed that ... would", "shared the intention", "agreed a plan", "concurred on"), their
// suggested title and the side that undertakes them (the subject before the commitment words).
// Positions ("would never accept") and hopes ("looked forward to") commit nobody to act.

// Strongest cues first: the title starts after the cue that carries the commitment, and the
// weaker ones ("will", "would", "to continue") count only with an actor before them (the
// Ministers, a side, a country, officials): "terrorists who would destroy our way of life" and
// "I would like to" commit nobody.
const CUES: { pattern: RegExp; needsActor: boolean }[] = [
  {
    pattern:
      /\b(agreed to|agreed that|agreed on|agreed (?:upon )?(?=an?\b|the\b)|decided to|decided that|committed to|pledged to|resolved to|concurred (?:on|in|to|that)|shared the intention(?: to)?|intend(?:s|ed)? to|(?:stated|expressed) (?:his|her|their|its) intention to|(?:reaffirmed|reiterated|confirmed|renewed|expressed) (?:their|its|his|her) (?:intention|desire|determination|resolve|commitment) to|(?:directed|instructed) (?:their|its)(?: respective)? officials to|urged [^.]{0,40}? to conclude|plann?(?:ed|s)? to|welcomed the signing of|signing ceremony of|signed (?:a|an|the) (?:memorandum|agreement|arrangement|treaty))\b/i,
    needsActor: false,
  },
  {
    pattern:
      /\b(affirmed to|confirmed to|shared the view to|confirmed (?:that )?[^.]{0,80}?\bto continue|to continue|commitment to|reiterated (?:their|its) support for|welcomed (?:the )?(?:progress (?:made )?on|ongoing))\b/i,
    needsActor: true,
  },
  { pattern: /\b(will|would|shall)\b(?! like to)/i, needsActor: true },
  { pattern: /\b(planned (?:visit|participation|deployment)|scheduled for|to be held)\b/i, needsActor: false },
];

const ACTOR =
  /\b(Ministers?|Secretary|side|sides|Japan|Japanese|both|two|four|they|countries|officials|Government|MOD|JSDF|SDF|JASDF|JGSDF|JMSDF|General|UK|U\.S\.|United States|United Kingdom|India|France|Germany|Brazil|Canada|Saudi Arabia|Iran|Navy|Army|Air Force|HMS|RAF)\b/i;
// Any other named actor: "the Netherlands", "HNLMS Tromp".
const NAMED_ACTOR = /\bthe [A-Z][a-z]+\b|\b[A-Z]{2,}\b/;

// A position or a hope, not an undertaking to act.
const POSITION = /^(?:will|would|shall)\s+(?:never|not|continue to oppose|oppose|firmly oppose)\b|\bnever accept\b/i;
const HOPE_BEFORE =
  /\b(look(?:s|ed|ing)? forward to|hope[sd]?|hoping|wish(?:ed|es)?|expect(?:s|ed)? that|would like)\b/i;

const RELATIVE_BEFORE = /\b(?:who|whom|which|that)\s+$/i;

export type Commitment = { quote: string; start: number; cue: string; subject: string };

function findCue(sentence: string): { cue: string; at: number } | null {
  for (const { pattern, needsActor } of CUES) {
    const m = sentence.match(pattern);
    if (!m || m.index === undefined) continue;
    const before = sentence.slice(0, m.index);
    if (needsActor && !ACTOR.test(before) && !NAMED_ACTOR.test(before)) continue;
    // "groups who would undermine ...", "states that intend to ...": a relative clause
    // describes someone; it commits no actor of the statement.
    if (RELATIVE_BEFORE.test(before)) continue;
    const after = sentence.slice(m.index);
    if (POSITION.test(after.slice(0, 40)) || HOPE_BEFORE.test(sentence.slice(0, m.index))) return null;
    return { cue: m[0].trim(), at: m.index };
  }
  return null;
}

// List markers a quote must not start with: "--", "-", "•", "(2)", "2)", "a)".
const MARKER = /^(?:[-–—•●・*○〇]+|[(（]?[\d０-９]{1,2}[)）]|\(?[a-z]\)|\d{1,2}\.(?=\s))\s*/;

function withoutMarker(span: { text: string; start: number }) {
  const m = span.text.match(MARKER);
  return m ? { text: span.text.slice(m[0].length), start: span.start + m[0].length } : span;
}

// `lead`: the lead-in of a list ("... the UK will:") whose items these paragraph's words are.
export function findCommitments(
  paragraph: string,
  context: { lead?: Pick<Commitment, "cue" | "subject"> } = {},
): Commitment[] {
  if (isJapanese(paragraph)) return findJapaneseCommitments(splitSentences(paragraph).map(withoutMarker));
  const out: Commitment[] = [];
  for (const raw of splitSentences(paragraph)) {
    const s = withoutMarker(raw);
    const found = findCue(s.text);
    if (!found) {
      // an item under a lead-in that committed to it
      if (context.lead && s.text.split(/\s+/).length >= 3)
        out.push({ quote: s.text, start: s.start, cue: context.lead.cue, subject: context.lead.subject });
      continue;
    }
    // A lead-in ("the UK will:") is folded into the items under it, not drafted on its own.
    if (/:\s*$/.test(s.text) && s.text.trimEnd().length - (found.at + found.cue.length) < 12) continue;
    const c = { quote: s.text, start: s.start, cue: found.cue, subject: s.text.slice(0, found.at) };
    out.push(...listItems(c).flatMap(clauses));
  }
  return out;
}

// The lead-in of a list: a paragraph ending in a colon whose commitment cue comes last
// ("In 2026, the UK will:"). Its items are the paragraphs under it.
export function leadIn(paragraph: string): Pick<Commitment, "cue" | "subject"> | null {
  const text = paragraph.trim();
  if (!text.endsWith(":")) return null;
  const last = splitSentences(text).at(-1)?.text ?? text;
  const found = findCue(last);
  if (!found) return null;
  return { cue: found.cue, subject: last.slice(0, found.at) };
}

// "committed to A, and to B" / "agreed to A and committed to B": one commitment per
// undertaking, each a verbatim slice.
function clauses(c: Commitment): Commitment[] {
  const at = c.quote.indexOf(c.cue) + c.cue.length;
  const rest = c.quote.slice(at);
  const split =
    /,?\s+and\s+(?=(?:also\s+)?(?:to\s+[a-z]+|committed to|agreed to|decided to|resolved to|pledged to)\b)/g;
  const cuts: { at: number; next: number }[] = [];
  for (let m = split.exec(rest); m; m = split.exec(rest))
    cuts.push({ at: at + m.index, next: at + m.index + m[0].length });
  if (cuts.length === 0) return [c];
  const out: Commitment[] = [];
  let from = 0;
  for (const cut of [...cuts, { at: c.quote.length, next: c.quote.length }]) {
    const text = c.quote
      .slice(from, cut.at)
      .trim()
      .replace(/[.;,]$/, "");
    if (text.split(/\s+/).length >= 4)
      out.push({
        ...c,
        quote: text,
        start: c.start + from + (c.quote.slice(from).length - c.quote.slice(from).trimStart().length),
      });
    from = cut.next;
  }
  return out.length ? out : [c];
}

// "would continue this programme, including: a; b; and c" commits to each of a, b and c:
// one draft per item, quoting the item (a verbatim slice), with the sentence's cue and subject.
function listItems(c: Commitment): Commitment[] {
  const colon = c.quote.indexOf(":", c.quote.indexOf(c.cue));
  if (colon < 0 || !c.quote.slice(colon).includes(";")) return [c];
  const items: Commitment[] = [];
  let from = colon + 1;
  for (const part of c.quote.slice(colon + 1).split(";")) {
    const lead = part.length - part.trimStart().length;
    const text = part
      .trim()
      .replace(/^and\s+/, "")
      .replace(/[.;]$/, "");
    const offset = from + lead + (part.trim().startsWith("and ") ? 4 : 0);
    if (text.split(/\s+/).length >= 3) items.push({ ...c, quote: text, start: c.start + offset });
    from += part.length + 1;
  }
  return items.length ? items : [c];
}

const JAPAN =
  /\b(Japan(?:ese)?(?: side)?|Minister (?:Kishi|Motegi|Kono|Onodera|Nakatani|Kishida|Suga|Abe)|MOD|JSDF|JASDF|JGSDF|JMSDF|Self-Defense Force)\b/i;
const BOTH = /\b(Ministers|both|two (?:ministers|sides|countries)|four Ministers|they|the two|Japan and)\b/i;

// Who is the subject: Japan, the partner (named in `partnerNames`), or both.
export function sideOf(subject: string, partnerNames: string[]): Side {
  const partner = partnerNames.some((n) =>
    new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(subject),
  );
  const japan = JAPAN.test(subject);
  if (BOTH.test(subject) || (partner && japan)) return "both";
  if (japan) return "japan";
  if (partner) return "partner";
  return "both";
}

// How a country is named: "UK" -> the UK, the United Kingdom, British...
export function partnerNames(partnerCountry: string): string[] {
  const known: Record<string, string[]> = {
    UK: ["UK", "United Kingdom", "British", "Britain", "Secretary", "Royal Navy", "RAF", "HMS"],
    US: ["U.S.", "US", "United States", "American", "Secretary"],
    India: ["India", "Indian"],
    Germany: ["Germany", "German"],
    France: ["France", "French"],
    Brazil: ["Brazil", "Brazilian"],
    Canada: ["Canada", "Canadian", "RCAF"],
    "Saudi Arabia": ["Saudi"],
    Iran: ["Iran", "Iranian"],
  };
  return known[partnerCountry] ?? [partnerCountry];
}

// Subjects that say only "both": the title then starts with the verb.
const GENERIC_SUBJECT =
  /^(?:both|(?:the |both |all )?(?:four |two |three )?(?:senior )?(?:ministers?|sides?|countries|leaders|parties|they|we|participants|governments))$/i;
const WEAK_END = /\s+(?:and|or|the|of|to|in|for|with|a|an|on|by|at|as|from|its|their|which|that|including)$/i;

const PREDICATE_END =
  /\s+(?:expressed|reaffirmed|reiterated|renewed|confirmed|stated|shared|underlined|underscored|emphasi[sz]ed|stressed|restated|affirmed)(?:\s+(?:their|its|his|her|our|the))?(?:\s+(?:strong|firm|shared|continued|full|joint))?$/i;

// Who acts, from the words before the cue: "HMS Example" in "The Ministers welcomed that HMS
// Example would visit"; null when it is the Ministers or both sides.
function actorOf(subject: string): string | null {
  let s = subject.replace(/[,;:]\s*$/, "").trim();
  const that = s.match(
    /.*\b(?:that|welcomed|noted|announced|confirmed|affirmed|reaffirmed|agreed|said|stated)\s+(.+)$/i,
  );
  if (that) s = that[1]!;
  // "The Ministers expressed their (commitment to)": the verb and its possessive are the predicate.
  s = s.replace(PREDICATE_END, "");
  s = s
    .replace(
      /^(?:in \d{4},?\s*|also\s+|further(?:more)?,?\s+|in addition,?\s+|in this (?:context|regard),?\s+|to this end,?\s+)/i,
      "",
    )
    .replace(/\s+also$/i, "");
  // "the Netherlands", "the UK" keep their article; "the frigate" does not need it
  s = s.replace(/^[Tt]he\s+(?=[a-z])/, "");
  if (!s || GENERIC_SUBJECT.test(s) || s.split(/\s+/).length > 8) return null;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// A title an editor can accept: who does what, with the year. "HMS Example would visit Japan
// next year" (a 2025 statement) -> "HMS Example to visit Japan in 2026"; "agreed to hold a 2+2
// meeting in the near future" -> "Hold a 2+2 meeting in the near future". Cut at a word, never
// inside one, and never on a dangling "and" or "the".
export function draftTitle(
  c: Pick<Commitment, "quote" | "cue"> & { subject?: string },
  context: { date?: Date } = {},
): string {
  if (isJapanese(c.quote)) return japaneseTitle(c);
  const at = c.quote.indexOf(c.cue);
  let after = (at < 0 ? c.quote : c.quote.slice(at + c.cue.length)).replace(/^\s*(?:(?:that|to|on|in)\b)?\s*/i, "");
  if (!after || after.split(/\s+/).length < 2) after = c.quote;
  const urged = c.cue.match(/^urged\s+(.+?)\s+to conclude$/i);
  // "a seminar ... to be held in Manila", "the UK's planned participation in ...": the event is
  // named before the cue, and where or when it happens after it.
  const event = at >= 0 && EVENT_CUE.test(c.cue) ? eventBefore(c.quote.slice(0, at)) : null;
  if (urged) after = `${urged[1]} to conclude ${after}`;
  else if (event) after = `${event} ${c.quote.slice(at)}`;
  if (context.date) {
    const y = context.date.getUTCFullYear();
    after = after
      .replace(/\bnext year\b/gi, `in ${y + 1}`)
      .replace(/\bthis year\b/gi, `in ${y}`)
      .replace(/\bin in (\d{4})\b/g, "in $1");
  }
  const actor = c.subject !== undefined && !urged && !event ? actorOf(c.subject) : null;
  let words = after.replace(/[.;:]+$/, "").split(/\s+/);
  if (words.length > 16) words = words.slice(0, 16);
  let text = words.join(" ").replace(/[,;:]+$/, "");
  while (WEAK_END.test(text)) text = text.replace(WEAK_END, "");
  if (actor)
    text =
      /\bto$|^(?:will|would|shall)$/i.test(c.cue) && !/^\w+ing\b/.test(text)
        ? `${actor} to ${lowerFirst(text)}`
        : `${actor}: ${lowerFirst(text)}`;
  const title = text.charAt(0).toUpperCase() + text.slice(1);
  if (title.length <= 200) return title.length >= 3 ? title : c.quote.slice(0, 200);
  return title.slice(0, 200).replace(/\s+\S*$/, "");
}

const EVENT_CUE = /^(?:planned (?:visit|participation|deployment)|scheduled for|to be held)$/i;

// The noun phrase that ends where an event cue starts: "... including a seminar on X for ASEAN"
// -> "a seminar on X for ASEAN"; "Japan welcomed the UK's" -> "the UK's".
function eventBefore(before: string): string | null {
  const tail =
    before
      .split(
        /[,;:]|\b(?:including|welcomed|noted|announced|confirmed|on|of|for)\s+(?=(?:an?|the)\b)|\b(?:welcomed|noted|announced)\s+/i,
      )
      .at(-1)
      ?.trim() ?? "";
  const words = tail.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 14 ? tail : null;
}

// "Visit" -> "visit", but "Japan" and "HMS" keep their capitals.
function lowerFirst(s: string): string {
  const first = s.split(/\s+/)[0] ?? "";
  return /^[A-Z][a-z]+$/.test(first) && !/^(?:Japan|Japanese|British|UK|Royal)$/.test(first)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}
