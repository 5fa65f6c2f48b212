import { eraYears } from "./japanese";

// What time and kind allow as evidence. Pure rules, each returning the words it went by, so
// the review shows why a paragraph was or was not taken:
// - a meeting's own procedural sentences (held, attended, opening remarks, "as follows") are
//   evidence for no pledge, except that a meeting of the kind a pledge undertakes to hold,
//   held, delivers that pledge;
// - a pledge dated by its title or target (a year, "next year" when it was made) can be
//   reported on, not fulfilled, by a later instance of the same kind of event.

const FUTURE_BEFORE = /\b(?:to|will|would|shall|may|could|should)\s+be\s+$/i;
const MEETING_WORDS =
  'meeting|meetings|talks|teleconference|video ?conference|videoconference|telephone (?:call|talks)|dialogue|consultations?|summit|session|2\\s*\\+\\s*2|[“"]2\\+2[”"]';

const HELD = new RegExp(`\\b(held|holds)\\b(?:(?!\\.).){0,120}?\\b(?:${MEETING_WORDS})\\b`, "i");
const WAS_HELD = new RegExp(`\\b(?:${MEETING_WORDS})\\b(?:(?!\\.).){0,80}?\\b(was held|took place|convened)\\b`, "i");
const PROCEDURAL_PHRASES =
  /\b(as follows|the points below|as below|the following points|opening remarks|closing remarks|at the (?:beginning|outset|start|end|close) of the (?:meeting|talks|conference)|the overview of the (?:meeting|talks)|attended (?:the|by)|was attended|met (?:in|at|on|via) |the meeting lasted|co-?chaired)\b/i;

// The same in Japanese overviews: "…との間で第4回日英外務・防衛閣僚会合（「2+2」）を実施したところ",
// "会合は、午後7時から…行われ", "概要は次のとおりです", "冒頭、".
const JA_MEETING = "会合|会談|協議|2\\+2|テレビ会議|電話会談";
const JA_HELD = new RegExp(
  `(?:${JA_MEETING})[^。]{0,40}?(を行いました|を行った|を実施|を開催|が行われ|は[^。]{0,30}行われ)`,
  "u",
);
const JA_PROCEDURAL = /(概要は(?:以下|次)のとおり|冒頭[、,，]|会合後に|(?:午前|午後)\d{1,2}時)/u;

const heldCue = (sentence: string) => sentence.match(HELD) ?? sentence.match(WAS_HELD) ?? sentence.match(JA_HELD);

// A sentence about the meeting itself rather than what it did: "On 3 February, A and B held the
// fourth Japan-UK 2+2", "At the beginning of the meeting, X stated the points below".
export function proceduralCue(sentence: string): string | null {
  const ja = sentence.match(JA_PROCEDURAL);
  if (ja) return ja[1]!;
  const held = heldCue(sentence);
  if (held && held.index !== undefined && !FUTURE_BEFORE.test(sentence.slice(0, held.index))) return held[1]!;
  const phrase = sentence.match(PROCEDURAL_PHRASES);
  return phrase ? phrase[1]!.trim() : null;
}

// The kinds of meeting a text names: a 2+2, defence ministers', foreign ministers', leaders',
// cyber consultations.
function meetingKinds(text: string): Set<string> {
  const kinds = new Set<string>();
  let rest = text;
  const twoPlusTwo = /2\s*\+\s*2|foreign and defen[cs]e minist(?:ers|erial)|外務・防衛閣僚会合/gi;
  if (twoPlusTwo.test(rest)) kinds.add("2+2");
  rest = rest.replace(twoPlusTwo, " ");
  if (/\bdefen[cs]e minist(?:ers?|erial)\b|防衛(?:相|大臣)(?:テレビ|電話)?会談/i.test(rest))
    kinds.add("defence ministers");
  if (/\bforeign minist(?:ers?|erial)\b|外(?:相|務大臣)(?:テレビ|電話)?会談/i.test(rest))
    kinds.add("foreign ministers");
  if (/\b(?:summit|leaders'?|prime ministers'?)\s*(?:meeting|talks)?\b|首脳会談/i.test(rest)) kinds.add("leaders");
  if (/\bcyber\w*\b[^.]{0,40}\b(?:consultations?|dialogue)\b|\b(?:consultations?|dialogue) on cyber/i.test(rest))
    kinds.add("cyber");
  return kinds;
}

// A pledge to hold or attend a meeting: its title says so ("Hold a 2+2 in the near future",
// "Defence ministers to meet in person"), or an umbrella undertaking names one among its
// items ("promote defence exchanges, including the 2+2 meeting in the near future"). Reporting
// to a meeting ("report to the next ministerial meeting") undertakes no meeting.
const HOLDS_MEETING = new RegExp(
  `^(?:hold|holding|convene|organi[sz]e|arrange)\\b(?:(?!\\.).)*\\b(?:${MEETING_WORDS})\\b|\\bmeet\\b|^(?:next )?(?:high-level )?(?:[\\w-]+ ){0,4}(?:consultations|talks|dialogue|summit|meeting)\\b(?:(?!\\.).)*\\b(?:in|by) (?:spring|summer|autumn|fall|winter|early|late|\\d{4}|the near future)`,
  "i",
);
const INCLUDES_MEETING = new RegExp(`\\bincluding (?:a|the|an)\\b[^.;]{0,30}\\b(?:${MEETING_WORDS})\\b`, "i");

function meetingPledgeKinds(pledge: { title: string; text: string }): Set<string> | null {
  if (/\breport (?:back )?to\b|\bfollow(?:ing)? up\b/i.test(pledge.title)) return null;
  if (HOLDS_MEETING.test(pledge.title)) return meetingKinds(`${pledge.title} ${pledge.text}`);
  const included = pledge.text.match(INCLUDES_MEETING);
  return included ? meetingKinds(included[0]) : null;
}

// "A meeting of the kind it undertakes was held": the rule that lets a procedural sentence
// deliver a meeting pledge. In person is not by video.
export function meetingHeldFor(pledge: { title: string; text: string }, sentence: string): string | null {
  const wanted = meetingPledgeKinds(pledge);
  if (!wanted || wanted.size === 0) return null;
  const cue = heldCue(sentence);
  if (!cue) return null;
  if (
    /\bin person\b/i.test(`${pledge.title} ${pledge.text}`) &&
    /video|tele(?:phone|conference)|online|virtual|テレビ会議|電話|オンライン/i.test(sentence)
  )
    return null;
  const held = meetingKinds(sentence);
  const kind = [...wanted].find((k) => held.has(k));
  return kind ? `a ${kind} meeting was held (“${cue[1]}”)` : null;
}

const YEAR = /\b(19[5-9]\d|20\d{2})\b/g;
const RELATIVE: [RegExp, number][] = [
  [/\bnext year\b|\bthe coming year\b|来年|翌年/i, 1],
  [/\bthis year\b|\bthe current year\b|本年|今年/i, 0],
  [/\blast year\b|\bthe previous year\b|\bthe past year\b|昨年|前年/i, -1],
];

// The years a text refers to, relative ones ("next year") resolved against `year`.
export function yearsIn(text: string, year: number): number[] {
  const out = new Set<number>();
  for (const m of text.matchAll(YEAR)) out.add(Number(m[1]));
  for (const y of eraYears(text)) out.add(y);
  for (const [re, delta] of RELATIVE) if (re.test(text)) out.add(year + delta);
  return [...out].sort();
}

// The years a pledge is bound to: years in its title, "next year" in its title (against the
// year it was made), its target date's year. Its text may name background years ("the visit in
// October 2015") and is not read.
export function pledgeYears(pledge: { title: string; targetDate: Date | null; made: Date }): number[] {
  const years = new Set(yearsIn(pledge.title, pledge.made.getUTCFullYear()));
  if (pledge.targetDate) years.add(pledge.targetDate.getUTCFullYear());
  return [...years].sort();
}

const FORWARD =
  /\b(will|would|shall|plans? to|planned|intends? to|intention to|agreed to|decided to|look(?:s|ed)? forward|upcoming|next|future|to be held|scheduled)\b|(予定|計画|今後|次回|に向けて|ていく)/iu;

// A dated pledge whose time has passed, and a sentence about another instance of the kind of
// event it promised: a later year named, or a forward-looking sentence that does not name the
// pledge's own year. Returns why the sentence cannot deliver the pledge, or null.
export function laterInstance(
  pledge: { title: string; targetDate: Date | null; made: Date },
  sentence: string,
  statementDate: Date,
): string | null {
  const own = pledgeYears(pledge);
  if (own.length === 0) return null;
  const year = statementDate.getUTCFullYear();
  if (Math.max(...own) >= year) return null;
  const named = yearsIn(sentence, year);
  if (named.some((y) => own.includes(y))) return null;
  const later = named.filter((y) => y > Math.max(...own));
  if (later.length)
    return `the pledge is for ${own.join("/")}; this sentence is about ${later.join("/")}: a later instance, not its delivery`;
  const forward = sentence.match(FORWARD);
  if (forward)
    return `the pledge's time (${own.join("/")}) has passed and this sentence looks forward (“${forward[1] ?? forward[2]}”): a new instance, not its delivery`;
  return null;
}
