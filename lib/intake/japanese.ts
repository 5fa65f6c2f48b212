import type { Side } from "@/lib/domain/status";

// Japanese statements: what the intake reads differently in them. The MOFA and MOD overviews
// write a commitment as the content clause and a verb of agreement at the end ("…を強化して
// いくことで一致しました"), the subject first with は ("両国は、"), and sentences end at 。.
// Everything here is a pure rule that returns the words it went by.

// The verb of agreement that closes a commitment, strongest first.
const AGREEMENT =
  /(ことで(?:一致|合意)|との(?:点|認識)で一致|ことに合意|ことを決定|ことを確認|点で一致|で一致|に合意|を決定|を確認)(?:いたしました|しました|した|する|し[、,，])/u;
// The content clause looks forward: an act to be done or kept up.
const FORWARD_ACT =
  /(ていく|ていきます|ること|する|行う|実施|開催|推進|強化|継続|深化|拡大|向けて|向けた|目指|進める|進めて|取り組|連携|協力して|調整)/u;
// A position or a hope commits nobody to act: "…に強く反対することを確認", "…への期待を表明".
const POSITION = /(反対|懸念|非難|遺憾|期待|希望)/u;
// A restated fact is no new undertaking: "…が重要であることを再確認".
const RESTATED = /(再確認|重要であること|重要性を確認|改めて確認)/u;

export type JapaneseCommitment = { quote: string; start: number; cue: string; subject: string };

// "両国は、" / "四大臣は," / "日本側から": who speaks or undertakes, at the head of the sentence.
const SUBJECT = /^(?:また[、,，]\s*)?(.{1,24}?)(?:は|から|より)[、,，]/u;

export function findJapaneseCommitments(sentences: { text: string; start: number }[]): JapaneseCommitment[] {
  const out: JapaneseCommitment[] = [];
  for (const s of sentences) {
    // The verb that closes the sentence carries its commitment: "…で一致し、…連携していくことを確認".
    const m = [...s.text.matchAll(new RegExp(AGREEMENT.source, "gu"))].at(-1);
    if (!m || m.index === undefined) continue;
    const clause = s.text.slice(0, m.index);
    if (!FORWARD_ACT.test(clause) || POSITION.test(clause) || RESTATED.test(s.text)) continue;
    const subject = s.text.match(SUBJECT)?.[1] ?? "";
    out.push({ quote: s.text, start: s.start, cue: m[1]!, subject });
  }
  return out;
}

// A title an editor can accept, in the statement's own words: the content clause without its
// subject and its verb of agreement, cut at a comma, never inside a word.
// The act is at the clause's end; what comes first sets the scene ("…が変化する中で、"): a long
// clause keeps its last phrases, from a comma, up to about 20 characters or more.
export function japaneseTitle(c: Pick<JapaneseCommitment, "quote" | "cue">): string {
  const at = c.quote.lastIndexOf(c.cue);
  let clause = (at < 0 ? c.quote : c.quote.slice(0, at)).replace(SUBJECT, "");
  clause = clause.replace(/(?:こと|との|旨)$/u, "").trim();
  if (clause.length > 40) {
    const commas = [...clause.matchAll(/[、,，]/gu)].map((m) => m.index!).reverse();
    const from = commas.find((i) => clause.length - i - 1 >= 20);
    if (from !== undefined) clause = clause.slice(from + 1);
  }
  clause = clause.replace(/^(?:引き続き|今後とも|今後も)[、,，]?/u, "").trim();
  if (clause.length > 80) clause = clause.slice(0, 80);
  return clause || c.quote.slice(0, 60);
}

const JAPAN = /(日本|我が国|岸|茂木|岸田|中谷|防衛省|外務省|自衛隊)/u;
const BOTH = /(両国|両大臣|両閣僚|四大臣|双方|日英|日米|両者)/u;
const PARTNER: Record<string, string[]> = {
  UK: ["英国", "英", "イギリス"],
  US: ["米国", "米", "アメリカ"],
  India: ["インド"],
  Germany: ["ドイツ"],
  France: ["フランス"],
  Brazil: ["ブラジル"],
  Canada: ["カナダ"],
  "Saudi Arabia": ["サウジアラビア"],
  Iran: ["イラン"],
};

export function japaneseSide(subject: string, partnerCountry: string): Side {
  if (BOTH.test(subject)) return "both";
  const partner = (PARTNER[partnerCountry] ?? []).some((n) => subject.includes(n));
  const japan = JAPAN.test(subject);
  if (partner && japan) return "both";
  if (japan) return "japan";
  if (partner) return "partner";
  return "both";
}

// Years written in the Japanese eras (平成27年 = 2015, 令和3年 = 2021, 令和元年 = 2019).
export function eraYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(平成|令和)(元|\d{1,2})年/gu)) {
    const n = m[2] === "元" ? 1 : Number(m[2]);
    out.push((m[1] === "平成" ? 1988 : 2018) + n);
  }
  return out;
}
