import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getMeeting } from "@/lib/data/meetings";
import { progressByArea } from "@/lib/data/cached";
import { AreaProgressPanel } from "@/components/area-progress";
import { formatDay } from "@/lib/domain/dates";
import { paragraphAnchor } from "@/components/citation";
import { ParagraphList } from "@/components/paragraph-list";
import { StatusBadge } from "@/components/status-badge";
import { MeetingEditorBar } from "@/components/editor/editor-bars";
import { MeetingParticipants, MeetingReviewState } from "@/components/meeting-review-state";
import { pathId } from "@/lib/validation/ids";
import { localName, localPartner, localTitle } from "@/lib/i18n/names";
import { Local, OurTitlesNote, VerbatimText } from "@/components/local-text";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = pathId((await params).id);
  const meeting = id ? await getMeeting(id) : null;
  if (meeting) return { title: localTitle(await getLocale(), meeting).text };
  const t = await getTranslations("meetings.notFound");
  return { title: t("title") };
}

export default async function MeetingPage({ params }: Props) {
  const meeting = await getMeeting(pathId((await params).id) ?? notFound());
  if (!meeting) notFound();
  const byArea = (await progressByArea({ meeting: meeting.id })).filter((r) => r.total > 0);
  const [t, ts, tc, locale] = await Promise.all([
    getTranslations("meetings.detail"),
    getTranslations("status"),
    getTranslations("common.citation"),
    getLocale(),
  ]);
  const partner = localPartner(locale, meeting.dialogue).text;
  const title = localTitle(locale, meeting);
  const dialogue = localName(locale, meeting.dialogue);
  const paragraphPosition = new Map(
    meeting.documents.flatMap((d) => d.paragraphs.map((p) => [p.id, p.position] as const)),
  );
  const citeLink = (p: { id: string; label: string; documentId: string }) => {
    const position = paragraphPosition.get(p.id);
    // As paragraphRef (lib/domain/statement-parser) writes it: "¶N" labels stand as they are.
    const text = p.label.startsWith("¶") ? p.label : tc("para", { label: p.label });
    return position ? (
      <a href={`#${paragraphAnchor(position)}`}>{text}</a>
    ) : (
      <Link href={`/documents/${p.documentId}`}>{text}</Link>
    );
  };
  return (
    <article>
      <p className="small">
        <Link href={`/meetings?dialogue=${meeting.dialogue.id}`} lang={dialogue.lang}>
          {dialogue.text}
        </Link>
      </p>
      <h1 lang={title.lang}>{title.text}</h1>
      <OurTitlesNote shown={title.japanese} kind="title" />
      <p className="lead">
        {formatDay(meeting.date, locale)} · {ts(`kind.${meeting.kind}`)} · {ts(`format.${meeting.format}`)}
        {meeting.place && (
          <>
            {" · "}
            {/* Places and the summary are recorded in English. */}
            <span lang="en">{meeting.place}</span>
          </>
        )}
      </p>
      {meeting.summary && <p lang="en">{meeting.summary}</p>}
      <MeetingReviewState meeting={meeting} />
      <MeetingEditorBar meetingId={meeting.id} />
      <MeetingParticipants participants={meeting.participants} partnerCountry={partner} />
      {byArea.length > 0 && <AreaProgressPanel rows={byArea} filters={{ meeting: meeting.id }} title={t("byArea")} />}
      <div className="grid-2">
        <section className="panel" aria-labelledby="made-here">
          <h2 id="made-here">{t("madeHere", { count: meeting.pledges.length })}</h2>
          {meeting.pledges.length === 0 ? (
            <p className="muted">{t("noneMade")}</p>
          ) : (
            <ul>
              {meeting.pledges.map((p) => (
                <li key={p.id}>
                  <Link href={`/pledges/${p.id}`}>
                    <Local value={localTitle(locale, p)} />
                  </Link>{" "}
                  <StatusBadge status={p.currentStatus} />
                  <div className="muted small">
                    <Local value={localName(locale, p.area)} /> · {ts(`side.${p.side}`, { partner })} ·{" "}
                    {citeLink(p.paragraph)}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="reported-here">
          <h2 id="reported-here">{t("reportedHere", { count: meeting.updates.length })}</h2>
          {meeting.updates.length === 0 ? (
            <p className="muted">{t("noneReported")}</p>
          ) : (
            <ul>
              {meeting.updates.map((u) => (
                <li key={u.id}>
                  <Link href={`/pledges/${u.pledge.id}`}>
                    <Local value={localTitle(locale, u.pledge)} />
                  </Link>{" "}
                  <StatusBadge status={u.status} />
                  <div className="muted small">
                    {t.rich("madeAt", {
                      meeting: localTitle(locale, u.pledge.meeting).text,
                      name: (chunks) => <span lang={localTitle(locale, u.pledge.meeting).lang}>{chunks}</span>,
                    })}
                    {u.paragraph && <> · {citeLink(u.paragraph)}</>}
                  </div>
                  {u.quote && (
                    // Verbatim from the source, in its document's language.
                    <blockquote className="small" lang={u.paragraph?.document.language ?? "en"}>
                      “<VerbatimText text={u.quote} lang={u.paragraph?.document.language ?? "en"} />”
                    </blockquote>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {meeting.documents.length === 0 ? (
        <section className="panel">
          <h2>{t("sourceDocument")}</h2>
          <p className="muted">{meeting.statementCollected ? t("noDocument") : t("notCollected")}</p>
        </section>
      ) : (
        meeting.documents.map((d) => (
          <section className="panel" key={d.id} aria-label={t("source", { title: d.title })}>
            <h2>
              {t.rich("sourceTitle", { title: d.title, doc: (chunks) => <span lang={d.language}>{chunks}</span> })}
            </h2>
            <p className="muted small">
              {/* Publishers are named in English. */}
              <span lang="en">{d.publisher}</span>
              {d.publishedOn && `, ${formatDay(d.publishedOn, locale)}`} ·{" "}
              <Link href={`/documents/${d.id}`}>{t("openOwnPage")}</Link>
            </p>
            <ParagraphList paragraphs={d.paragraphs} language={d.language} />
          </section>
        ))
      )}
    </article>
  );
}
