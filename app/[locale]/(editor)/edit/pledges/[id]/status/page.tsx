import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
  const meetings = (await listMeetingChoices(pledge.dialogue.id)).filter((m) => m.date >= pledge.meeting.date);
  // Default: the latest meeting of the dialogue with a statement to cite.
  const fallback = meetings.find((m) => m.documents > 0 && m.id !== pledge.meetingId);
  const choice = data.source ?? (fallback ? { kind: "meeting" as const, id: fallback.id } : null);
  const source = choice ? await loadCitationSource(choice, pledge.dialogue.id) : null;
  const t = await getTranslations("review.statusPage");
  return (
    <>
      <p className="small">
        <Link href={`/pledges/${pledge.id}`}>← {pledge.title}</Link>
      </p>
      <h1>{t("title")}</h1>
      <ParamNotice problems={problems} />
      <p className="lead">
        {t.rich("lead", { title: pledge.title, badge: () => <StatusBadge status={pledge.currentStatus} /> })}
      </p>
      <SourceChooser value={choice} meetings={meetings} documents={await listDocumentChoices()} />
      {source ? (
        <StatusForm
          key={`${choice?.kind}:${choice?.id}`}
          pledge={pledge}
          meeting={source.meeting}
          documents={source.documents}
        />
      ) : (
        <p className="muted">{t("chooseSource")}</p>
      )}
    </>
  );
}
