import type { ParsedParagraph } from "./statement-parser";

// Page furniture: what a web page copied as text brings along besides the statement (the
// site's title bar and breadcrumbs, flags and photos as their alt text, a heading repeated by
// the page's image captions, "Back to top" and "Print" links, a language switch, a cookie
// notice, related links). Editors would see each as a paragraph they could cite.
//
// The cleaning runs AFTER parseStatement: the parser numbers unnumbered paragraphs by their
// position ("¶12"), and citations point at those labels, so a line removed before parsing
// would move every later "¶N". Here whole parsed paragraphs are dropped, and every paragraph
// kept has the position and label the parser gave it (positions may then have gaps).
//
// The rules are about the shape of a line, never a list of one site's lines, and they are
// cautious: a numbered paragraph ("15", "2(1)") is never furniture, and the rules that look for
// repeats drop only headings (a line that does not end like prose), never a sentence.

export type DocumentMeta = { title?: string | null; publisher?: string | null };

// The paragraph's place in its whole parsed document, and the document's own title and
// publisher (a line repeating them is the page's heading or byline).
export type FurnitureContext = DocumentMeta & { paragraphs: readonly ParsedParagraph[]; index: number };

export type FurnitureRule =
  | "title bar"
  | "alt text"
  | "title"
  | "byline"
  | "repeated heading"
  | "photo captions"
  | "section label"
  | "navigation"
  | "language switch"
  | "cookie notice"
  | "related links"
  | "link";

// The same words, however the copy wrote them: Unicode compatibility forms (full-width
// letters), typographic quotes and apostrophes, spacing and case do not make two lines differ.
const key = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

// Prose ends with a full stop, a question, an exclamation, or leads on (":" ";" ","), closing
// quotes and brackets aside. A heading, a caption, a link does not.
const PROSE_END = /[.!?。！？:;,：；、，][”"’'」』)）\]]*$/u;
const isProse = (text: string) => PROSE_END.test(text.trim());

const words = (text: string) => text.trim().split(/\s+/).length;

// "None SPECIAL FEATURE | JDF - Japan Defense Focus (No.134) | Japan Ministry of Defense": a
// page's title bar (a scraper prints a missing value as "None"), or "Home > Policy > Japan-UK".
const BAR = /\s+[|｜]\s+/;
const CRUMB = /\s+[>»›]\s+/;
function titleBarSegments(text: string): string[] | null {
  if (isProse(text)) return null;
  const t = text.trim();
  const bar = t.split(BAR);
  if (bar.length >= 3 || (bar.length === 2 && /^None\s/.test(t))) return bar.map((s) => s.replace(/^None\s+/, ""));
  const crumbs = t.split(CRUMB);
  return crumbs.length >= 3 ? crumbs : null;
}

// "Flag:englandFlag:japan", "Image: the Ministers", "Photo：…", "写真：…".
const ALT_TEXT = /^(?:flag|image|img|photo|picture|icon|logo|banner|写真|画像)\s*[:：]/iu;

// Links every page carries.
const NAVIGATION = new Set(
  [
    "share",
    "share this page",
    "share on facebook",
    "share on x",
    "share on twitter",
    "tweet",
    "print",
    "print this page",
    "back to top",
    "back to the top",
    "return to top",
    "go to top",
    "to top",
    "top",
    "page top",
    "top of page",
    "top of the page",
    "このページの先頭へ",
    "ページの先頭へ",
    "ページの先頭に戻る",
    "ページトップ",
    "ページトップへ",
    "印刷",
    "印刷する",
    "このページを印刷する",
    "シェア",
    "ツイート",
  ].map(key),
);
// The arrows and marks a link is often drawn with: "▲ Page top", "↑ Back to top", "> Print".
const LINK_MARK = /^[\s▲△▴↑⇧^›»>＞]+|[\s▲△▴↑⇧^›»>＞]+$/gu;

// "Back to Japan-United Kingdom Relations", "英国へ戻る": a link back to the section (whose name
// the page may also show as a breadcrumb line: see `backTarget`).
function backTarget(text: string): string | null {
  if (isProse(text)) return null;
  const t = text.trim().replace(LINK_MARK, "");
  const en = t.match(/^(?:back|return|go back) to\s+(.+)$/i);
  if (en && words(t) <= 12) return key(en[1]!);
  const ja = t.match(/^(.{1,40}?)(?:へ|に)(?:戻る|もどる)$/u);
  return ja ? key(ja[1]!) : null;
}

const LANGUAGE_SWITCH = [
  /^(?:in |read in )?(?:english|japanese)(?: (?:version|page|text|translation))?$/i,
  /^(?:英語|日本語|英文|和文)(?:版|ページ|サイト)?(?:\s*[/／|｜]\s*(?:english|japanese|英語|日本語))?$/iu,
  /^(?:english|japanese)\s*[/／|｜]\s*(?:英語|日本語)(?:版)?$/iu,
];

const COOKIES = /\bcookies?\b/i;
const COOKIE_NOTICE = /\b(?:use|uses|using|accept|allow|consent|settings|policy|enable|continu\w*)\b/i;

const RELATED =
  /^(?:related (?:links?|articles?|pages?|stories|information|news|content|topics)|see also|also see|read more|more information|関連リンク|関連情報|関連記事|関連ページ)(?:\b|$)/iu;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

// A ministry named alone on its line: the page's byline ("Japan Ministry of Defense", "防衛省").
const MINISTRY = [
  /^(?:the )?(?:japan(?:ese)? )?(?:ministry|department) of [\p{L} ,&'’-]{3,60}$/iu,
  /^[\p{Script=Han}\p{Script=Katakana}・]{1,10}[省庁]$/u,
];

// "Second Japan-UK Foreign and Defence Ministerial Meeting 1", "… 2", "… 3": a run of the same
// caption numbered from 1, as a photo gallery's alt texts come out.
const CAPTION_NUMBER = /^(.*\S)\s+(\d{1,2})$/;
function photoCaptions(paragraphs: readonly ParsedParagraph[]): Set<number> {
  const found = new Set<number>();
  let i = 0;
  while (i < paragraphs.length) {
    const first = paragraphs[i]!.text.trim().match(CAPTION_NUMBER);
    if (!first || first[2] !== "1" || isProse(first[1]!)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < paragraphs.length) {
      const next = paragraphs[j]!.text.trim().match(CAPTION_NUMBER);
      if (!next || key(next[1]!) !== key(first[1]!) || Number(next[2]) !== j - i + 1) break;
      j += 1;
    }
    if (j - i >= 2) for (let k = i; k < j; k += 1) found.add(k);
    i = Math.max(j, i + 1);
  }
  return found;
}

// What the rules need to know of the whole document, worked out once per parsed document.
type Profile = {
  firstIndex: Map<string, number>;
  sectionLabels: Set<string>;
  backTargets: Set<string>;
  captions: Set<number>;
};
const profiles = new WeakMap<readonly ParsedParagraph[], Profile>();
function profile(paragraphs: readonly ParsedParagraph[]): Profile {
  const known = profiles.get(paragraphs);
  if (known) return known;
  const firstIndex = new Map<string, number>();
  const sectionLabels = new Set<string>();
  const backTargets = new Set<string>();
  paragraphs.forEach((p, i) => {
    const k = key(p.text);
    if (!firstIndex.has(k)) firstIndex.set(k, i);
    for (const segment of titleBarSegments(p.text) ?? []) sectionLabels.add(key(segment));
    const target = backTarget(p.text);
    if (target) backTargets.add(target);
  });
  const made = { firstIndex, sectionLabels, backTargets, captions: photoCaptions(paragraphs) };
  profiles.set(paragraphs, made);
  return made;
}

const isNumbered = (p: ParsedParagraph) => !p.label.startsWith("¶");

// "HeadingHeading", "Heading Heading": a heading the copy ran together with its image's caption.
function doubled(text: string): boolean {
  const t = text.trim();
  if (t.length < 8) return false;
  const half = t.length / 2;
  if (Number.isInteger(half) && t.slice(0, half) === t.slice(half)) return true;
  const spaced = (t.length - 1) / 2;
  return Number.isInteger(spaced) && t[spaced] === " " && t.slice(0, spaced) === t.slice(spaced + 1);
}

// Which rule makes the paragraph furniture, or null when it is part of the statement.
export function pageFurnitureRule(paragraph: ParsedParagraph, context: FurnitureContext): FurnitureRule | null {
  if (isNumbered(paragraph)) return null;
  const text = paragraph.text.trim();
  if (!text) return null;
  const k = key(text);
  const bare = key(text.replace(LINK_MARK, ""));
  const facts = profile(context.paragraphs);

  if (titleBarSegments(text)) return "title bar";
  if (ALT_TEXT.test(text)) return "alt text";
  if (NAVIGATION.has(bare) || backTarget(text) !== null) return "navigation";
  if (LANGUAGE_SWITCH.some((re) => re.test(bare))) return "language switch";
  if (COOKIES.test(text) && COOKIE_NOTICE.test(text)) return "cookie notice";
  if (RELATED.test(text) && text.length <= 200) return "related links";
  if (BARE_URL.test(text)) return "link";
  if (isProse(text)) return null;

  // Headings only, from here on: a sentence is never dropped for being repeated.
  if (context.title && k === key(context.title)) return "title";
  if ((context.publisher && k === key(context.publisher)) || MINISTRY.some((re) => re.test(text))) return "byline";
  if (facts.captions.has(context.index)) return "photo captions";
  if (facts.sectionLabels.has(k) || facts.backTargets.has(k)) return "section label";
  if ((facts.firstIndex.get(k) ?? context.index) < context.index || doubled(text)) return "repeated heading";
  return null;
}

export function isPageFurniture(paragraph: ParsedParagraph, context: FurnitureContext): boolean {
  return pageFurnitureRule(paragraph, context) !== null;
}

export type DroppedParagraph = ParsedParagraph & { rule: FurnitureRule };

// The parsed document split into the paragraphs kept (positions and labels as parsed) and the
// furniture dropped, each with the rule that dropped it.
export function splitPageFurniture(
  paragraphs: readonly ParsedParagraph[],
  meta: DocumentMeta = {},
): { kept: ParsedParagraph[]; dropped: DroppedParagraph[] } {
  const kept: ParsedParagraph[] = [];
  const dropped: DroppedParagraph[] = [];
  paragraphs.forEach((p, index) => {
    const rule = pageFurnitureRule(p, { ...meta, paragraphs, index });
    if (rule) dropped.push({ ...p, rule });
    else kept.push(p);
  });
  return { kept, dropped };
}

export function withoutPageFurniture(
  paragraphs: readonly ParsedParagraph[],
  meta: DocumentMeta = {},
): ParsedParagraph[] {
  return splitPageFurniture(paragraphs, meta).kept;
}
