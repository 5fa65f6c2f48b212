"use client";
import { useTranslations } from "next-intl";
import type { StoredProposal } from "@/lib/intake/types";
import { languageOf } from "@/lib/domain/language";

// What the statement intake proposed for one pledge: the status and the paragraph, the quote
// shown inside its paragraph, why (one click away: the terms, rules and each feature's part
// in the score), and the editor's choice: keep it (the fields below stay as proposed, or edit
// them), reject it (back to "No report"), or say there is nothing here for this pledge.
export function ProposalNote({
  proposal,
  label,
  paragraphText,
  rejected,
  onReject,
  onRestore,
}: {
  proposal: StoredProposal;
  label: string;
  paragraphText: string;
  rejected: boolean;
  onReject: () => void;
  onRestore: () => void;
}) {
  const t = useTranslations("intake.proposal");
  const ts = useTranslations("status");
  const r = proposal.reasons;
  const list = (words: string[]) => words.join(t("separator"));
  const matched = [
    r.aliases.length ? t("aliases", { list: list(r.aliases) }) : null,
    r.keyTerms.length ? t("keyTerms", { list: list(r.keyTerms) }) : null,
    r.paraphrases?.length ? t("paraphrases", { list: list(r.paraphrases) }) : null,
    r.terms.length ? t("terms", { list: list(r.terms) }) : null,
  ].filter((m) => m !== null);
  const parts = Object.entries(r.contributions ?? {}).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const scores = {
    coverage: r.keyCoverage.toFixed(2),
    density: r.rankCd.toFixed(2),
    similarity: r.titleSimilarity.toFixed(2),
  };
  return (
    <div className="proposal-note small" data-testid="proposal-note">
      <p>
        {t.rich("proposed", {
          status: ts(`label.${proposal.status}`),
          ref: label,
          score: proposal.score.toFixed(2),
          strong: (chunks) => <strong>{chunks}</strong>,
          value: (chunks) => <span data-testid="proposal-score">{chunks}</span>,
        })}{" "}
        <span className="muted" lang={languageOf(r.rule)}>
          {r.rule}.
        </span>
      </p>
      <QuoteInParagraph paragraph={paragraphText} quote={proposal.quote} />
      <details className="proposal-reasons" data-testid="proposal-reasons">
        <summary>{t("why")}</summary>
        <ul>
          {r.cues.length > 0 && <li>{t("cue", { cues: r.cues.join(t("cueSeparator")) })}</li>}
          {r.rules?.map((rule) => (
            <li key={rule}>{t("rule", { rule })}</li>
          ))}
          {matched.length > 0 && <li>{t("matched", { list: matched.join(t("groupSeparator")) })}</li>}
          <li>
            {r.probability !== undefined
              ? t("scoresWithProbability", { ...scores, probability: r.probability.toFixed(2) })
              : t("scores", scores)}
          </li>
          {parts.length > 0 && (
            <li>{t("parts", { parts: list(parts.map(([k, v]) => `${k} ${v >= 0 ? "+" : ""}${v.toFixed(2)}`)) })}</li>
          )}
        </ul>
      </details>
      {/* One button whose label changes, so keyboard focus stays on it after a choice. */}
      <button
        type="button"
        className="secondary"
        onClick={rejected ? onRestore : onReject}
        aria-label={rejected ? t("restore") : t("rejectLabel")}
      >
        {rejected ? t("restore") : t("reject")}
      </button>
    </div>
  );
}

const AROUND = 220;

// The quote inside its paragraph, marked, with up to AROUND characters either side.
function QuoteInParagraph({ paragraph, quote }: { paragraph: string; quote: string }) {
  const at = paragraph.indexOf(quote);
  // Verbatim, in the statement's language.
  const lang = languageOf(paragraph || quote);
  if (!paragraph || at < 0)
    return (
      <blockquote className="proposal-quote" lang={lang}>
        “{quote}”
      </blockquote>
    );
  const from = Math.max(0, at - AROUND);
  const to = Math.min(paragraph.length, at + quote.length + AROUND);
  return (
    <blockquote className="proposal-quote" data-testid="proposal-context" lang={lang}>
      {from > 0 ? "… " : ""}
      {paragraph.slice(from, at)}
      <mark>{quote}</mark>
      {paragraph.slice(at + quote.length, to)}
      {to < paragraph.length ? " …" : ""}
    </blockquote>
  );
}
