import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/domain/dates";

type ReviewState = { statementCollected: boolean; reviewedAt: string | null; reviewedBy: string | null };

// Whether the meeting's silence means anything: its statement is in the collection and an
// editor has gone through it (lib/domain/coverage.ts).
export async function MeetingReviewState({ meeting }: { meeting: ReviewState }) {
  const t = await getTranslations("review.reviewState");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  if (!meeting.statementCollected) {
    return (
      <p className="notice" data-testid="review-state">
        {t.rich("notCollected", { strong })}
      </p>
    );
  }
  if (!meeting.reviewedAt) {
    return (
      <p className="notice" data-testid="review-state">
        {t.rich("notReviewed", { strong })}
      </p>
    );
  }
  const date = formatDay(meeting.reviewedAt.slice(0, 10), await getLocale());
  return (
    <p className="muted small" data-testid="review-state">
      {meeting.reviewedBy !== null
        ? t("reviewedBy", { name: meeting.reviewedBy, date })
        : t("reviewedByEditors", { date })}
    </p>
  );
}

// Who took part, as the source names them.
export async function MeetingParticipants({
  participants,
  partnerCountry,
}: {
  participants: { name: string; office: string; side: "japan" | "partner" }[];
  // In the reader's language.
  partnerCountry: string;
}) {
  if (participants.length === 0) return null;
  const t = await getTranslations("review.reviewState");
  const ts = await getTranslations("status");
  return (
    <section className="panel" aria-labelledby="participants">
      <h2 id="participants">{t("participants")}</h2>
      <ul data-testid="participants">
        {participants.map((p) => (
          <li key={`${p.side}-${p.name}`}>
            {/* Names and offices as the English sources give them. */}
            <span lang="en">
              {p.name}, {p.office}
            </span>{" "}
            ({p.side === "japan" ? ts("side.japan") : partnerCountry})
          </li>
        ))}
      </ul>
    </section>
  );
}
