import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getMeetingForEdit } from "@/lib/data/meetings";
import { meetingDocuments } from "@/lib/data/documents";
import { meetingReviewRows } from "@/lib/data/review";
import { meetingIntake } from "@/lib/intake/stored";
import { formatDay } from "@/lib/domain/dates";
import { ReviewForm } from "@/components/editor/review-form";
import { MarkReviewedButton } from "@/components/editor/mark-reviewed-button";
import { pathId } from "@/lib/validation/ids";
import { IntakePanel } from "@/components/editor/intake-panel";
import { localName, localPartner, localTitle } from "@/lib/i18n/names";
import { OurTitlesNote } from "@/components/local-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.meeting");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function MeetingReviewPage({ params }: Props) {
  const id = pathId((await params).id) ?? notFound();
  await requireRole("editor", `/edit/meetings/${id}/review`);
  const meeting = await getMeetingForEdit(id);
  if (!meeting) notFound();
  const [rows, documents, intake] = await Promise.all([meetingReviewRows(id), meetingDocuments(id), meetingIntake(id)]);
  const t = await getTranslations("review.meeting");
  const locale = await getLocale();
  const title = localTitle(locale, meeting);
  const dialogue = localName(locale, meeting.dialogue);
  return (
    <>
      <p className="small">
        <Link href={`/meetings/${meeting.id}`} lang={title.lang}>
          ← {title.text}
        </Link>
      </p>
      <h1 lang={title.lang}>{t("heading", { title: title.text })}</h1>
      <p className="lead" lang={dialogue.lang}>
        {t("lead", { date: formatDay(meeting.date, locale), count: rows.length, dialogue: dialogue.text })}
      </p>
      <OurTitlesNote shown={title.japanese} />
      {documents.length === 0 ? (
        <p className="notice notice-error">
          {t.rich("noDocument", {
            link: (chunks) => <Link href={`/edit/meetings/${id}/document`}>{chunks}</Link>,
          })}
        </p>
      ) : (
        <>
          <MarkReviewedButton meetingId={meeting.id} />
          <IntakePanel
            meetingId={meeting.id}
            proposals={intake.proposals.length}
            drafts={intake.drafts}
            computedAt={intake.computedAt?.toISOString() ?? null}
            partnerCountry={localPartner(locale, meeting.dialogue).text}
          />
          <ReviewForm
            meeting={{ id: meeting.id, title: title.text }}
            rows={rows}
            documents={documents}
            proposals={intake.proposals}
          />
        </>
      )}
    </>
  );
}
