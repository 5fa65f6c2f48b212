"use client";
import { Link } from "@/lib/i18n/navigation";
import { proposeAgain } from "@/lib/actions/intake/actions";
import type { StoredDraft } from "@/lib/intake/types";
import { paragraphRef } from "@/lib/domain/statement-parser";
import { sideLabel } from "@/lib/domain/status";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

// The statement intake on the review screen: how many proposals, "Propose again", and the
// draft pledges (commitments that match no open pledge), each opening "Add a pledge made here".
export function IntakePanel({
  meetingId,
  proposals,
  drafts,
  computedAt,
  partnerCountry,
}: {
  meetingId: string;
  proposals: number;
  drafts: StoredDraft[];
  computedAt: string | null;
  partnerCountry: string;
}) {
  const { state, pending, onSubmit } = useActionForm(proposeAgain);
  return (
    <section className="panel intake-panel" aria-labelledby="intake-heading">
      <h2 id="intake-heading">Proposals from the statement</h2>
      <FormMessage state={state} />
      <p className="small">
        {computedAt
          ? `${proposals} pledge${proposals === 1 ? "" : "s"} pre-filled from the statement, strongest first: accept, change or reject each; nothing is saved until you save.`
          : "No proposals computed for this meeting yet."}
      </p>
      <form onSubmit={onSubmit}>
        <input type="hidden" name="meetingId" value={meetingId} />
        <button type="submit" className="secondary" disabled={pending}>
          {pending ? "Proposing…" : "Propose again"}
        </button>
      </form>
      {drafts.length > 0 && (
        <>
          <h3>New pledges this statement may make</h3>
          <ul className="draft-list">
            {drafts.map((d) => (
              <li key={d.id} data-testid="draft-pledge">
                <strong>{d.title}</strong>{" "}
                <span className="muted small">
                  ({paragraphRef(d.label)}, {d.areaName ?? "area to choose"}, {sideLabel(d.side, partnerCountry)}, “
                  {d.reasons.cue}”)
                </span>{" "}
                <Link
                  href={`/edit/pledges/new?meeting=${encodeURIComponent(meetingId)}&draft=${encodeURIComponent(d.id)}`}
                >
                  Add a pledge made here
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
