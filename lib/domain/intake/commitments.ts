import type { Side } from "@/lib/domain/status";
import { splitSentences, type Span } from "./sentences";

// Sentences that make a commitment ("agreed to", "will", "decided", "committed to",
// "confirmed that ... would", "shared the intention"), their suggested title and the side
// that undertakes them (the subject before the commitment words).

const COMMITMENT =
  /\b(agreed to|agreed that|agreed on|will|would|decided to|decided that|committed to|commitment to|shared the intention|intend(?:s|ed)? to|intention to|pledged to|resolved to|affirmed to|shared the view to|confirmed (?:that )?(?:[^.]{0,80}?)\bto continue|to continue)\b/i;

export type Commitment = { quote: string; start: number; cue: string; subject: string };

export function findCommitments(paragraph: string): Commitment[] {
  const out: Commitment[] = [];
  for (const s of splitSentences(paragraph)) {
    const m = s.text.match(COMMITMENT);
    if (!m || m.index === undefined) continue;
    out.push({ quote: s.text, start: s.start, cue: m[0], subject: s.text.slice(0, m.index) });
  }
  return out;
}

const JAPAN = /\b(Japan(?:ese)?(?: side)?|Minister (?:Kishi|Motegi|Kono|Onodera|Nakatani|Kishida|Suga|Abe)|MOD|JSDF|JASDF|JGSDF|JMSDF|Self-Defense Force)\b/i;
const BOTH = /\b(Ministers|both|two (?:ministers|sides|countries)|four Ministers|they|the two|Japan and)\b/i;

// Who is the subject: Japan, the partner (named in `partnerNames`), or both.
export function sideOf(subject: string, partnerNames: string[]): Side {
  const partner = partnerNames.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(subject));
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
export function draftTitle(c: Pick<Commitment, "quote" | "cue">): string {
  const after = c.quote.slice(c.quote.indexOf(c.cue) + c.cue.length).replace(/^\s*(that|to|on)?\s*/i, "");
  const words = (after || c.quote).replace(/[.;:]+$/, "").split(/\s+/).slice(0, 14).join(" ");
  const title = words.charAt(0).toUpperCase() + words.slice(1);
  return title.length >= 3 ? title.slice(0, 200) : c.quote.slice(0, 200);
}

export type { Span };
