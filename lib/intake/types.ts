import type { Side, Status } from "@/lib/domain/status";

// The statement intake's types, shared by the intake (lib/intake), its scripts and the review
// screen's components (which import types from here, never the server modules).

// A paragraph of the statement under review: its citation label and text.
export type IntakeParagraph = { id?: string; label: string; text: string };

// A word of the passage that matched the pledge: from its title, aliases or tags ("key"),
// its text ("text"), or a paraphrase of a title word ("paraphrase"); idf is its weight.
export type MatchedWord = { word: string; weight: "key" | "text" | "paraphrase"; idf: number };

// One (passage, pledge) pair the matcher found worth a look, with the terms behind its score.
export type PassageMatch = {
  passage: number; // 0-based index into the passages given
  pledgeId: string;
  score: number;
  keyCoverage: number;
  textScore: number;
  aliasWeight: number;
  rankCd: number;
  titleSimilarity: number;
  aliases: string[];
  words: MatchedWord[];
};

// The features the link model weighs, each in [0, 1], named as the reasons show them.
export type LinkFeatures = {
  keyCoverage: number;
  textScore: number;
  alias: number;
  rankCd: number;
  titleSimilarity: number;
  share: number;
};

// Why a proposal was made: the terms and rules behind its score.
export type ProposalReasons = {
  aliases: string[];
  keyTerms: string[];
  terms: string[];
  paraphrases?: string[];
  keyCoverage: number;
  rankCd: number;
  titleSimilarity: number;
  // The link model's probability and each feature's part in it (weight x value, in logits).
  probability?: number;
  contributions?: Partial<Record<keyof LinkFeatures | "bias", number>>;
  // Rules that decided (time and kind), in the order they applied.
  rules?: string[];
  cues: string[];
  rule: string;
};

export type Proposal = {
  pledgeId: string;
  pledgeTitle: string;
  statusBefore: Status;
  paragraph: number;
  label: string;
  quote: string;
  status: Status;
  score: number;
  reasons: ProposalReasons;
};

// An open pledge the intake looked at and did not propose, with why (shown as "unsure").
export type Unsure = { pledgeId: string; pledgeTitle: string; label: string | null; score: number; why: string };

export type DraftReasons = { cue: string; subject: string; areaTerms: string[]; areaFrom?: string };

export type Draft = {
  paragraph: number;
  label: string;
  quote: string;
  title: string;
  areaId: string | null;
  areaName: string | null;
  side: Side;
  score: number;
  reasons: DraftReasons;
};

export type IntakeResult = { open: number; proposals: Proposal[]; drafts: Draft[]; unsure: Unsure[] };

// As kept for a meeting (lib/intake/stored.ts), for the review screen.
export type StoredProposal = {
  pledgeId: string;
  paragraphId: string;
  quote: string;
  status: Status;
  score: number;
  reasons: ProposalReasons;
};

export type StoredDraft = {
  id: string;
  paragraphId: string;
  label: string;
  quote: string;
  title: string;
  areaName: string | null;
  side: Side;
  reasons: DraftReasons;
};
