"use client";
import type { StoredProposal } from "@/lib/intake/types";
import { STATUS_LABELS } from "@/lib/domain/status";

// What the statement intake proposed for one pledge, why, and the editor's choice: keep it
// (the fields below stay as proposed, or edit them) or reject it (back to "No report").
export function ProposalNote({
  proposal,
  label,
  rejected,
  onReject,
  onRestore,
}: {
  proposal: StoredProposal;
  label: string;
  rejected: boolean;
  onReject: () => void;
  onRestore: () => void;
}) {
  const r = proposal.reasons;
  const matched = [
    r.aliases.length ? `aliases ${r.aliases.join(", ")}` : null,
    r.keyTerms.length ? `key terms ${r.keyTerms.join(", ")}` : null,
    r.terms.length ? `terms ${r.terms.join(", ")}` : null,
  ].filter(Boolean);
  return (
    <div className="proposal-note small" data-testid="proposal-note">
      <p>
        <strong>Proposed:</strong> {STATUS_LABELS[proposal.status]} from {label}, score {proposal.score.toFixed(2)}.{" "}
        <span className="muted">
          {r.rule}
          {r.cues.length ? ` (cue: “${r.cues.join("”, “")}”)` : ""}. Matched {matched.join("; ")}.
        </span>
      </p>
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
