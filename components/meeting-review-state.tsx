import { formatDay } from "@/lib/domain/dates";

type ReviewState = { statementCollected: boolean; reviewedAt: string | null; reviewedBy: string | null };

// Whether the meeting's silence means anything: its statement is in the collection and an
// editor has gone through it (lib/domain/coverage.ts).
export function MeetingReviewState({ meeting }: { meeting: ReviewState }) {
  if (!meeting.statementCollected) {
    return (
      <p className="notice" data-testid="review-state">
        <strong>Statement not collected.</strong> The meeting is known to have been held, but its statement is not in
        the collection, so it says nothing either way about any pledge.
      </p>
    );
  }
  if (!meeting.reviewedAt) {
    return (
      <p className="notice" data-testid="review-state">
        <strong>Not reviewed yet.</strong> No editor has gone through this meeting, so pledges it did not mention are
        not counted as unreported here.
      </p>
    );
  }
  return (
    <p className="muted small" data-testid="review-state">
      Reviewed by {meeting.reviewedBy ?? "the data set's editors"} on {formatDay(meeting.reviewedAt.slice(0, 10))}.
    </p>
  );
}

// Who took part, as the source names them.
export function MeetingParticipants({
  participants,
  partnerCountry,
}: {
  participants: { name: string; office: string; side: "japan" | "partner" }[];
  partnerCountry: string;
}) {
  if (participants.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="participants">
      <h2 id="participants">Participants</h2>
      <ul data-testid="participants">
        {participants.map((p) => (
          <li key={`${p.side}-${p.name}`}>
            {p.name}, {p.office} ({p.side === "japan" ? "Japan" : partnerCountry})
          </li>
        ))}
      </ul>
    </section>
  );
}
