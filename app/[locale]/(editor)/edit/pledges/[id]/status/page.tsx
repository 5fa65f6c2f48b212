import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getPledgeForEdit } from "@/lib/data/pledges";
import { listDocumentChoices } from "@/lib/data/documents";
import { listMeetingChoices } from "@/lib/data/meetings";
import { StatusBadge } from "@/components/status-badge";
import { StatusForm } from "@/components/editor/status-form";
import { SourceChooser } from "@/components/editor/source-chooser";
import { sourceParams } from "@/lib/validation/editor-params";
import { pathId } from "@/lib/validation/ids";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { loadCitationSource } from "@/lib/data/documents";
import { localTitle, withLocalTitles } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.statusPage");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecordStatusPage({ params, searchParams }: Props) {
  const id = pathId((await params).id) ?? notFound();
  const { data, problems } = parseSearchParams(sourceParams, await searchParams);
  await requireRole("editor", `/edit/pledges/${id}/status`);
  const pledge = await getPledgeForEdit(id);
  if (!pledge) notFound();
  const locale = await getLocale();
  const meetings = withLocalTitles(
    locale,
    (await listMeetingChoices(pledge.dialogue.id)).filter((m) => m.date >= pledge.meeting.date),
  );
  // Default: the latest meeting of the dialogue with a statement to cite.
  const fallback = meetings.find((m) => m.documents > 0 && m.id !== pledge.meetingId);
  const choice = data.source ?? (fallback ? { kind: "meeting" as const, id: fallback.id } : null);
  const source = choice ? await loadCitationSource(choice, pledge.dialogue.id) : null;
  const t = await getTranslations("review.statusPage");
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
      <p className="lead" lang={title.lang}>
        {t.rich("lead", { title: title.text, badge: () => <StatusBadge status={pledge.currentStatus} /> })}
      </p>
      <SourceChooser value={choice} meetings={meetings} documents={await listDocumentChoices()} />
      {source ? (
        <StatusForm
          key={`${choice?.kind}:${choice?.id}`}
          pledge={pledge}
          meeting={cited ?? null}
          documents={source.documents}
        />
      ) : (
        <p className="muted">{t("chooseSource")}</p>
      )}
    </>
  );
}
