import type { Status } from "@/lib/domain/status";
import { isJapanese } from "@/lib/domain/language";

// The status a quote reports, judged from its words by the data set's rules
// (prisma/seed/README.md): an event that completes the pledge is delivered, work under way
// (including planning and coordinating the pledged act) is in progress, a delay is stalled, and
// a reaffirmation or restatement alone is not progress: the status stays what it was. The cue
// words that decided are returned, so the editor sees why.

type Cue = { status: Status | "unchanged"; pattern: RegExp; label: string };

const CUES: Cue[] = [
  {
    status: "stalled",
    pattern: /\b(postponed|suspended|delayed|deferred|put on hold|stalled|cancell?ed|no progress)\b/i,
    label: "delay",
  },
  {
    status: "delivered",
    pattern:
      /\b(signed|signing of|entered into force|entry into force|came into force|completed|completion of|concluded|conclusion of|held the|(?:was|were) held|took place|(?:after|following) the successful [a-z-]+|successful(?:ly)? (?:conducted|completed|held|deployed|visited|carried out)|the successful (?:deployment|visit|completion|conduct|participation|holding)|(?:was|were|has been|have been) (?:conducted|carried out|deployed|completed|achieved|realised|realized|delivered)|took part in|participated in)\b/i,
    label: "done",
  },
  {
    status: "in_progress",
    pattern:
      /\b(welcomed (?:the )?(?:steady )?progress|progress (?:made|achieved)|steady progress|ongoing|under ?way|move to the (?:second|next) stage|discussions would move|coordinate towards|working towards|launched|started|research programme|the planned|planning (?:for|of) the|preparations? for|being coordinated|coordinating (?:towards|the))\b/i,
    label: "under way",
  },
  // Saying again that they will go on ("continue to", "further promote", "shared the view to
  // continue") restates the undertaking; it reports no work done since.
  {
    status: "unchanged",
    pattern:
      /\b(reaffirmed|reaffirming|reiterated|affirmed|confirmed (?:their|its|the) (?:commitment|collaboration)|recognised|recognized|shared the view|emphasi[sz]ed|stressed|underlined|supported|continue[ds]? to|continue[ds]? (?:cooperation|exchanging|working)|further promote|exchanged views)\b/i,
    label: "restatement",
  },
];

// The same rules in the words of Japanese statements. An aim before or after the act ("早期
// 締結", "締結に向けて") is no news of it.
const JA_CUES: Cue[] = [
  { status: "stalled", pattern: /(延期|中断|中止|遅延|停滞|見送)/u, label: "delay" },
  {
    status: "delivered",
    pattern:
      /((?:署名|締結|発効|完了|終了|寄港|到着|派遣|参加)(?:しました|した|され|を行|が行われ|に至)|成功裏に|実施(?:しました|した|された|されました)|開催(?:しました|した|された|されました))/u,
    label: "done",
  },
  {
    status: "in_progress",
    pattern:
      /(進展|進捗|着実に進|開始|準備|調整を(?:進め|行|加速)|計画されている|予定されている|予定である|第2段階|次の段階|共同研究|研究を(?:進め|実施))/u,
    label: "under way",
  },
  { status: "unchanged", pattern: /(再確認|改めて|引き続き|一層|強調|支持|意見交換|重要性)/u, label: "restatement" },
];
const JA_AIM = /(早期|速やかな|速やかに|早期の)$/u;
const JA_AIM_AFTER = /^(?:に向け|を目指|を期待)/u;

// Undertakings that no single event completes ("continue", "promote", "strengthen"...): a
// signing or a meeting is progress on them, not delivery.
const ONGOING =
  /^(?:continue|continued|further|strengthen|promote|keep|deepen|maintain|work|cooperate|coordinate|vigorously|support|share|enhance|improve|explore|intensify|combat|provide|lead|counter|defend|officials to|find|collaborate|proactively|close communication|defence cooperation)\b/i;

export function isOngoing(pledgeTitle: string): boolean {
  return ONGOING.test(pledgeTitle.trim()) || /\bcontinue\b|\bcooperation\b|\bexchanges\b/i.test(pledgeTitle);
}

export type StatusJudgement = { status: Status; cues: string[]; rule: string };

// Words of aim before a cue make it an aim, not news: "the early conclusion of negotiations",
// "towards the signing of".
const AIM_BEFORE =
  /\b(?:early|earliest|swift|speedy|prompt|towards?|aim(?:ing)? (?:at|for)|the aim of|for the|look(?:s|ed|ing)? forward to|hope[sd]? for|urged?|called for)\s+(?:the\s+)?$/i;

function firstCue(text: string): { cue: Cue; words: string } | null {
  const japanese = isJapanese(text);
  for (const cue of japanese ? JA_CUES : CUES) {
    const re = new RegExp(cue.pattern.source, japanese ? "gu" : "gi");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
      if (
        cue.status === "delivered" &&
        (japanese ? JA_AIM.test(before) || JA_AIM_AFTER.test(after) : AIM_BEFORE.test(before))
      )
        continue;
      return { cue, words: m[0] };
    }
  }
  return null;
}

// The pledged act done again: a pledge to keep exchanging views (or to keep a dialogue) and a
// statement that the Ministers exchanged views on it.
const DIALOGUE_PLEDGE = /\b(?:exchang(?:e|ing) (?:of )?views|dialogue|consult(?:ations|ing)?|communication)\b/i;
const DIALOGUE_DONE =
  /\b(exchanged views|held (?:talks|consultations|a dialogue)|discussed|had (?:a|an) (?:exchange|discussion))\b|(意見交換を行|意見を交換|議論し|協議を行)/iu;

// quote: the words quoted; sentence: the sentence around them (its verb may sit outside the
// quoted clause); paragraph: the paragraph's evidence; before: the pledge's status just
// before the meeting.
export function judgeStatus(
  quote: string,
  sentence: string,
  pledge: { title: string; before: Status },
  paragraph: string = sentence,
): StatusJudgement {
  // Past completion anywhere in the sentence counts, even around a forward-looking quote
  // ("continue to work closely after the successful deployment ... last year").
  const inQuote = firstCue(quote);
  const inSentence = firstCue(sentence);
  const found =
    inSentence?.cue.status === "delivered" && inQuote?.cue.status !== "delivered"
      ? inSentence
      : (inQuote ?? inSentence);
  const unchanged = (rule: string, cues: string[]): StatusJudgement => ({ status: pledge.before, cues, rule });
  // Named without a word of news: a restatement, which is a report but not progress.
  // the paragraph reporting on the pledge says the dialogue was held
  const done = sentence.match(DIALOGUE_DONE) ?? paragraph.match(DIALOGUE_DONE);
  if (done && DIALOGUE_PLEDGE.test(pledge.title) && (!found || found.cue.status === "unchanged"))
    return {
      status: "in_progress",
      cues: [done[1] ?? done[2]!],
      rule: `the pledged dialogue took place (“${done[1] ?? done[2]}”): in progress`,
    };
  if (!found) return unchanged("named with no word of progress: status unchanged", []);
  const { cue, words } = found;
  if (cue.status === "unchanged")
    return unchanged("a reaffirmation or restatement alone is not progress: status unchanged", [words]);
  if (cue.status === "delivered" && isOngoing(pledge.title)) {
    return {
      status: "in_progress",
      cues: [words],
      rule: "an ongoing undertaking is not delivered by one event: in progress",
    };
  }
  return { status: cue.status, cues: [words], rule: `“${words}” → ${cue.label}` };
}
