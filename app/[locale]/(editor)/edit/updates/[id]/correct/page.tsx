import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getPledgeForEdit } from "@/lib/data/pledges";
import { getStatusUpdateForCorrection } from "@/lib/data/status-updates";
import { listDocumentChoices } from "@/lib/data/documents";
import { listMeetingChoices } from "@/lib/data/meetings";
import { formatDay } from "@/lib/domain/dates";
import { StatusBadge } from "@/components/status-badge";
import { StatusForm } from "@/components/editor/status-form";
import { SourceChooser } from "@/components/editor/source-chooser";
import { sourceParams } from "@/lib/validation/editor-params";
import { pathId } from "@/lib/validation/ids";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { loadCitationSource } from "@/lib/data/documents";
import { localTitle, withLocalTitles } from "@/lib/i18n/names";
import { languageOf } from "@/lib/domain/language";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.correctPage");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CorrectUpdatePage({ params, searchParams }: Props) {
  const id = pathId((await params).id) ?? notFound();
  const { data, problems } = parseSearchParams(sourceParams, await searchParams);
  await requireRole("editor", `/edit/updates/${id}/correct`);
  const update = await getStatusUpdateForCorrection(id);
  if (!update) notFound();
  const pledge = await getPledgeForEdit(update.pledge.id);
  if (!pledge) notFound();
  const locale = await getLocale();
  const meetings = withLocalTitles(
    locale,
    (await listMeetingChoices(pledge.dialogue.id)).filter((m) => m.date >= pledge.meeting.date),
  );
  const original = update.meetingId
    ? { kind: "meeting" as const, id: update.meetingId }
    : update.paragraph
      ? { kind: "document" as const, id: update.paragraph.documentId }
      : null;
  const choice = data.source ?? original;
  const source = choice ? await loadCitationSource(choice, pledge.dialogue.id) : null;
  const t = await getTranslations("review.correctPage");
  const title = localTitle(locale, pledge);
  // The meeting cited, named as the list of meetings names it.
  const cited = source?.meeting && {
    ...source.meeting,
    title: meetings.find((m) => m.id === source.meeting!.id)?.title ?? source.meeting.title,
  };
  return (
    <>
      <p className="small">
        <Link href={`/pledges/${pledge.id}`} lang={title.lang}>
          ← {title.text}
        </Link>
      </p>
      <h1>{t("title")}</h1>
      <ParamNotice problems={problems} />
      <div className="panel">
        <p>
          {t.rich("being", {
            date: formatDay(update.reportedOn, locale),
            badge: () => <StatusBadge status={update.status} />,
          })}
        </p>
        {update.quote && (
          // Verbatim, in its statement's language.
          <blockquote lang={languageOf(update.quote)}>“{update.quote}”</blockquote>
        )}
        <p className="small muted">{t("history")}</p>
      </div>
      {update.corrected ? (
        <p className="notice notice-error">{t("already")}</p>
      ) : (
        <>
          <SourceChooser value={choice} meetings={meetings} documents={await listDocumentChoices()} />
          {source && (
            <StatusForm
              key={`${choice?.kind}:${choice?.id}`}
              pledge={pledge}
              meeting={cited ?? null}
              documents={source.documents}
              correcting={{
                updateId: update.id,
                status: update.status,
                note: update.note,
                reportedOn: update.reportedOn,
                paragraphId: update.paragraph?.id,
                quote: update.quote,
              }}
            />
          )}
        </>
      )}
    </>
  );
}
