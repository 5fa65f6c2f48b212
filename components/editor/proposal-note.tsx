"use client";
import type { StoredProposal } from "@/lib/intake/types";
import { STATUS_LABELS } from "@/lib/domain/status";

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
  const r = proposal.reasons;
  const matched = [
    r.aliases.length ? `aliases ${r.aliases.join(", ")}` : null,
    r.keyTerms.length ? `key terms ${r.keyTerms.join(", ")}` : null,
    r.paraphrases?.length ? `paraphrases ${r.paraphrases.join(", ")}` : null,
    r.terms.length ? `terms ${r.terms.join(", ")}` : null,
  ].filter(Boolean);
  const parts = Object.entries(r.contributions ?? {}).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return (
    <div className="proposal-note small" data-testid="proposal-note">
      <p>
        <strong>Proposed:</strong> {STATUS_LABELS[proposal.status]} from {label}, score{" "}
        <span data-testid="proposal-score">{proposal.score.toFixed(2)}</span>. <span className="muted">{r.rule}.</span>
      </p>
      <QuoteInParagraph paragraph={paragraphText} quote={proposal.quote} />
      <details className="proposal-reasons" data-testid="proposal-reasons">
        <summary>Why this proposal?</summary>
        <ul>
          {r.cues.length > 0 && <li>Status cue: “{r.cues.join("”, “")}”.</li>}
          {r.rules?.map((rule) => (
            <li key={rule}>Rule: {rule}.</li>
          ))}
          {matched.length > 0 && <li>Matched {matched.join("; ")}.</li>}
          <li>
            Key-term coverage {r.keyCoverage.toFixed(2)}, cover density {r.rankCd.toFixed(2)}, title similarity{" "}
            {r.titleSimilarity.toFixed(2)}
            {r.probability !== undefined ? `; the link model's probability ${r.probability.toFixed(2)}` : ""}.
          </li>
          {parts.length > 0 && (
            <li>
              Parts of the score (logits):{" "}
              {parts.map(([k, v]) => `${k} ${v >= 0 ? "+" : ""}${v.toFixed(2)}`).join(", ")}.
            </li>
          )}
        </ul>
      </details>
      {/* One button whose label changes, so keyboard focus stays on it after a choice. */}
      <button
        type="button"
        className="secondary"
        onClick={rejected ? onRestore : onReject}
        aria-label={rejected ? "Restore the proposal" : "Reject the proposal for this pledge: leave it at No report"}
      >
        {rejected ? "Restore the proposal" : "Reject"}
      </button>
    </div>
  );
}

const AROUND = 220;

// The quote inside its paragraph, marked, with up to AROUND characters either side.
function QuoteInParagraph({ paragraph, quote }: { paragraph: string; quote: string }) {
  const at = paragraph.indexOf(quote);
  if (!paragraph || at < 0) return <blockquote className="proposal-quote">“{quote}”</blockquote>;
  const from = Math.max(0, at - AROUND);
  const to = Math.min(paragraph.length, at + quote.length + AROUND);
  return (
    <blockquote className="proposal-quote" data-testid="proposal-context">
      {from > 0 ? "… " : ""}
      {paragraph.slice(from, at)}
      <mark>{quote}</mark>
      {paragraph.slice(at + quote.length, to)}
      {to < paragraph.length ? " …" : ""}
    </blockquote>
  );
}
