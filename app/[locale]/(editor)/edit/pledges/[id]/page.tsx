import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { listAreas } from "@/lib/data/areas";
import { getMeetingForEdit, listMeetingChoices } from "@/lib/data/meetings";
import { getPledgeForEdit, listPredecessorChoices } from "@/lib/data/pledges";
import { meetingDocuments } from "@/lib/data/documents";
import { formatDay } from "@/lib/domain/dates";
import { AliasForm } from "@/components/editor/alias-form";
import { PledgeForm } from "@/components/editor/pledge-form";
import { meetingChoiceParams } from "@/lib/validation/editor-params";
import { pathId } from "@/lib/validation/ids";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { localPartner, localTitle, withLocalNames, withLocalTitles } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("pledgeEdit.title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditPledgePage({ params, searchParams }: Props) {
  const id = pathId((await params).id) ?? notFound();
  const { data, problems } = parseSearchParams(meetingChoiceParams, await searchParams);
  await requireRole("editor", `/edit/pledges/${id}`);
  const pledge = await getPledgeForEdit(id);
  if (!pledge) notFound();
  // ?meeting= moves the pledge to another meeting of its dialogue (the citation follows).
  const moved = data.meeting && data.meeting !== pledge.meetingId ? await getMeetingForEdit(data.meeting) : null;
  const meeting = moved && moved.dialogue.id === pledge.dialogue.id ? moved : { ...pledge.meeting };
  const [areas, predecessors, documents, meetings, t, locale] = await Promise.all([
    listAreas(),
    listPredecessorChoices(pledge.dialogue.id, meeting.date, pledge.id),
    meetingDocuments(meeting.id),
    listMeetingChoices(pledge.dialogue.id),
    getTranslations("editor.pledgeEdit"),
    getLocale(),
  ]);
  return (
    <>
      <p className="small">
        <Link href={`/pledges/${pledge.id}`} lang={localTitle(locale, pledge).lang}>
          ← {localTitle(locale, pledge).text}
        </Link>
      </p>
      <h1>{t("title")}</h1>
      <ParamNotice problems={problems} />
      <form method="get" className="filters">
        <label>
          {t("meeting")}
          <select name="meeting" defaultValue={meeting.id}>
            {meetings.map((m) => (
              <option key={m.id} value={m.id} lang={localTitle(locale, m).lang}>
                {t("choice", { meeting: localTitle(locale, m).text, date: formatDay(m.date, locale) })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary">
          {t("change")}
        </button>
        <span className="muted small">{t("changeNote")}</span>
      </form>
      <PledgeForm
        meeting={{ ...meeting, title: localTitle(locale, meeting).text }}
        partnerCountry={localPartner(locale, pledge.dialogue).text}
        areas={withLocalNames(locale, areas)}
        predecessors={withLocalTitles(locale, predecessors)}
        documents={documents}
        pledge={{
          ...pledge,
          paragraphId: moved ? undefined : pledge.paragraphId,
          quote: moved ? undefined : pledge.quote,
        }}
      />
      <AliasForm pledgeId={pledge.id} version={pledge.version} aliases={pledge.aliases} />
    </>
  );
}
