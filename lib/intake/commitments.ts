import type { Side } from "@/lib/domain/status";
import { splitSentences } from "./sentences";

// Sentences that make a commitment ("agreed to", "will", "decided", "committed to",
// "confirmed that ... would", "shared the intention"), their suggested title and the side
// that undertakes them (the subject before the commitment words).

// Strongest cues first: the title starts after the cue that carries the commitment, and the
// weaker ones ("will", "would", "to continue") count only with an actor before them (the
// Ministers, a side, a country, officials): "terrorists who would destroy our way of life" and
// "I would like to" commit nobody.
const CUES: { pattern: RegExp; needsActor: boolean }[] = [
  {
    pattern:
      /\b(agreed to|agreed that|agreed on|decided to|decided that|committed to|pledged to|resolved to|shared the intention(?: to)?|intend(?:s|ed)? to|(?:stated|expressed) (?:his|her|their|its) intention to|directed (?:their|its) officials to|instructed (?:their|its) officials to|urged [^.]{0,40}? to conclude)\b/i,
    needsActor: false,
  },
  {
    pattern:
      /\b(affirmed to|shared the view to|confirmed (?:that )?[^.]{0,80}?\bto continue|to continue|commitment to)\b/i,
    needsActor: true,
  },
  { pattern: /\b(will|would)\b(?! like to)/i, needsActor: true },
  { pattern: /\b(planned (?:visit|participation|deployment)|scheduled for|to be held)\b/i, needsActor: false },
];

const ACTOR =
  /\b(Ministers?|Secretary|side|Japan|Japanese|both|two|four|they|countries|officials|Government|MOD|JSDF|SDF|JASDF|JGSDF|JMSDF|General|UK|U\.S\.|United States|United Kingdom|India|France|Germany|Brazil|Canada|Saudi Arabia|Iran)\b/i;

export type Commitment = { quote: string; start: number; cue: string; subject: string };

function findCue(sentence: string): { cue: string; at: number } | null {
  for (const { pattern, needsActor } of CUES) {
    const m = sentence.match(pattern);
    if (!m || m.index === undefined) continue;
    if (needsActor && !ACTOR.test(sentence.slice(0, m.index))) continue;
    return { cue: m[0], at: m.index };
  }
  return null;
}

export function findCommitments(paragraph: string, _context: { date?: Date } = {}): Commitment[] {
  const out: Commitment[] = [];
  for (const s of splitSentences(paragraph)) {
    const found = findCue(s.text);
    if (!found) continue;
    const c = { quote: s.text, start: s.start, cue: found.cue, subject: s.text.slice(0, found.at) };
    out.push(...listItems(c));
  }
  return out;
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
    UK: ["UK", "United Kingdom", "British", "Britain", "Secretary", "Royal Navy", "RAF"],
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

// A short title from the words after the commitment cue: "agreed to hold a 2+2 meeting in the
// near future" -> "Hold a 2+2 meeting in the near future".
export function draftTitle(
  c: Pick<Commitment, "quote" | "cue">,
  _context: { date?: Date; partnerNames?: string[] } = {},
): string {
  const at = c.quote.indexOf(c.cue);
  const after = (at < 0 ? c.quote : c.quote.slice(at + c.cue.length)).replace(/^\s*(that|to|on)?\s*/i, "");
  const words = (after || c.quote)
    .replace(/[.;:]+$/, "")
    .split(/\s+/)
    .slice(0, 14)
    .join(" ");
  const title = words.charAt(0).toUpperCase() + words.slice(1);
  return title.length >= 3 ? title.slice(0, 200) : c.quote.slice(0, 200);
}
