import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { listAreas } from "@/lib/data/areas";
import { getMeetingForEdit, listMeetingChoices } from "@/lib/data/meetings";
import { listPredecessorChoices } from "@/lib/data/pledges";
import { meetingDocuments } from "@/lib/data/documents";
import { getDraft } from "@/lib/intake/stored";
import { formatDay } from "@/lib/domain/dates";
import { localName, localPartner, localTitle, withLocalNames, withLocalTitles } from "@/lib/i18n/names";
import { PledgeForm } from "@/components/editor/pledge-form";
import { meetingChoiceParams } from "@/lib/validation/editor-params";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("pledgeNew.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPledgePage({ searchParams }: Props) {
  const { data, problems } = parseSearchParams(meetingChoiceParams, await searchParams);
  const meetingId = data.meeting;
  await requireRole("editor", `/edit/pledges/new${meetingId ? `?meeting=${encodeURIComponent(meetingId)}` : ""}`);
  const meeting = meetingId ? await getMeetingForEdit(meetingId) : null;
  const [t, locale] = await Promise.all([getTranslations("editor.pledgeNew"), getLocale()]);
  if (!meeting) {
    const meetings = await listMeetingChoices();
    return (
      <>
        <h1>{t("title")}</h1>
        <ParamNotice problems={problems} />
        <p className="lead">{t("chooseLead")}</p>
        <form method="get" className="filters">
          <label>
            {t("meeting")}
            <select name="meeting" required defaultValue="">
              <option value="">{t("choose")}</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id} lang={localTitle(locale, m).lang}>
                  {t("choice", {
                    dialogue: localName(locale, m.dialogue).text,
                    meeting: localTitle(locale, m).text,
                    date: formatDay(m.date, locale),
                  })}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t("continue")}</button>
        </form>
      </>
    );
  }
  const [areas, predecessors, documents] = await Promise.all([
    listAreas(),
    listPredecessorChoices(meeting.dialogue.id, meeting.date),
    meetingDocuments(meeting.id),
  ]);
  // ?draft= opens a draft pledge the statement intake found, pre-filled.
  const draft = data.draft ? await getDraft(data.draft) : null;
  const prefill =
    draft && draft.meetingId === meeting.id
      ? {
          title: draft.title,
          text: draft.quote,
          areaId: draft.areaId ?? undefined,
          side: draft.side,
          paragraphId: draft.paragraphId,
          quote: draft.quote,
        }
      : undefined;
  const title = localTitle(locale, meeting);
  return (
    <>
      <p className="small">
        <Link href={`/meetings/${meeting.id}`} lang={title.lang}>
          ← {title.text}
        </Link>{" "}
        · <Link href="/edit/pledges/new">{t("another")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead" lang={title.lang}>
        {t("lead", {
          meeting: title.text,
          date: formatDay(meeting.date, locale),
          dialogue: localName(locale, meeting.dialogue).text,
        })}
      </p>
      <PledgeForm
        meeting={{ ...meeting, title: title.text }}
        partnerCountry={localPartner(locale, meeting.dialogue).text}
        areas={withLocalNames(locale, areas)}
        predecessors={withLocalTitles(locale, predecessors)}
        documents={documents}
        pledge={prefill}
      />
    </>
  );
}
