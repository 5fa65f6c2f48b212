import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getPledge } from "@/lib/data/pledges";
import { formatDay } from "@/lib/domain/dates";
import { STATUS_PALETTE } from "@/lib/domain/status";
import { Citation, QuotedEvidence } from "@/components/citation";
import { DeadlineBadge, StatusBadge } from "@/components/status-badge";
import { CorrectUpdateLink, PledgeEditorBar } from "@/components/editor/editor-bars";
import { PledgeHistory } from "@/components/editor/pledge-history";
import { pathId } from "@/lib/validation/ids";
import { localName, localPartner, localTitle } from "@/lib/i18n/names";
import { languageOf } from "@/lib/domain/language";
import { Local, OurTitlesNote, Verbatim } from "@/components/local-text";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = pathId((await params).id);
  const pledge = id ? await getPledge(id) : null;
  if (pledge) return { title: localTitle(await getLocale(), pledge).text };
  const t = await getTranslations("pledges.notFound");
  return { title: t("title") };
}

export default async function PledgePage({ params }: Props) {
  const pledge = await getPledge(pathId((await params).id) ?? notFound());
  if (!pledge) notFound();
  const [t, ts, locale] = await Promise.all([
    getTranslations("pledges.detail"),
    getTranslations("status"),
    getLocale(),
  ]);
  const partner = localPartner(locale, pledge.dialogue).text;
  const day = (d: string) => formatDay(d, locale);
  const title = localTitle(locale, pledge);
  const dialogue = localName(locale, pledge.dialogue);
  const madeAt = localTitle(locale, pledge.meeting);
  return (
    <article>
      <p className="small">
        <Link href={`/pledges?dialogue=${pledge.dialogue.id}`} lang={dialogue.lang}>
          {dialogue.text}
        </Link>
      </p>
      <h1 lang={title.lang}>{title.text}</h1>
      <OurTitlesNote shown={title.japanese} kind="title" />
      <p>
        <StatusBadge status={pledge.currentStatus} />{" "}
        <DeadlineBadge overdue={pledge.overdue} unconfirmed={pledge.unconfirmed} />{" "}
        <span className="muted small" data-testid="status-since">
          {pledge.standing.lastConfirmed
            ? t("sinceConfirmed", { date: day(pledge.standing.since), confirmed: day(pledge.standing.lastConfirmed) })
            : t("since", { date: day(pledge.standing.since) })}
        </span>
      </p>
      <PledgeEditorBar pledgeId={pledge.id} />
      <div className="grid-2">
        <section className="panel" aria-labelledby="pledge-text">
          <h2 id="pledge-text">{t("pledged")}</h2>
          {/* As the source words it (in English). */}
          <p lang="en">{pledge.text}</p>
          <QuotedEvidence quote={pledge.quote} paragraph={pledge.paragraph} />
        </section>
        <section className="panel" aria-labelledby="pledge-facts">
          <h2 id="pledge-facts">{t("details")}</h2>
          <dl className="facts">
            <dt>{t("madeAt")}</dt>
            <dd>
              <Link href={`/meetings/${pledge.meeting.id}`} lang={madeAt.lang}>
                {madeAt.text}
              </Link>
              , {day(pledge.meeting.date)}
            </dd>
            <dt>{t("cited")}</dt>
            <dd>
              <Citation paragraph={pledge.paragraph} />
            </dd>
            <dt>{t("area")}</dt>
            <dd>
              <Link href={`/areas/${pledge.area.id}`}>
                <Local value={localName(locale, pledge.area)} />
              </Link>
            </dd>
            <dt>{t("undertakenBy")}</dt>
            <dd>{ts(`side.${pledge.side}`, { partner })}</dd>
            <dt>{t("targetDate")}</dt>
            <dd>{pledge.targetDate ? day(pledge.targetDate) : <span className="muted">{t("noneGiven")}</span>}</dd>
            <dt>{t("tags")}</dt>
            <dd>
              {pledge.tags.length === 0 ? (
                <span className="muted">{t("noTags")}</span>
              ) : (
                pledge.tags.map((tag) => (
                  <Link key={tag.id} className="tag" href={`/pledges?tag=${tag.id}`} lang="en">
                    {tag.label}
                  </Link>
                ))
              )}
            </dd>
            {pledge.predecessor && (
              <>
                <dt>{pledge.predecessorLink === "supersedes" ? t("supersedes") : t("continues")}</dt>
                <dd>
                  <Link href={`/pledges/${pledge.predecessor.id}`}>
                    <Local value={localTitle(locale, pledge.predecessor)} />
                  </Link>{" "}
                  <StatusBadge status={pledge.predecessor.currentStatus} />
                  {pledge.predecessorLink === "supersedes" && (
                    <span className="muted small"> {t("supersedesNote")}</span>
                  )}
                </dd>
              </>
            )}
            {pledge.successors.length > 0 && (
              <>
                <dt>
                  {pledge.successors.some((s) => s.predecessorLink === "supersedes")
                    ? t("supersededBy")
                    : t("carriedOnBy")}
                </dt>
                <dd>
                  {pledge.successors.map((s) => (
                    <div key={s.id}>
                      <Link href={`/pledges/${s.id}`}>
                        <Local value={localTitle(locale, s)} />
                      </Link>{" "}
                      <StatusBadge status={s.currentStatus} />
                      {s.predecessorLink === "supersedes" ? (
                        <span className="muted small"> {t("restatesNote")}</span>
                      ) : (
                        <span className="muted small"> {t("continuesNote")}</span>
                      )}
                    </div>
                  ))}
                </dd>
              </>
            )}
          </dl>
        </section>
      </div>
      <section className="panel" aria-labelledby="timeline">
        <h2 id="timeline">{t("timeline")}</h2>
        <ol className="timeline" data-testid="status-timeline">
          <li style={{ ["--dot" as string]: STATUS_PALETTE.pledged.fill }}>
            <StatusBadge status="pledged" /> <strong>{day(pledge.meeting.date)}</strong> ·{" "}
            <Link href={`/meetings/${pledge.meeting.id}`} lang={madeAt.lang}>
              {madeAt.text}
            </Link>
            <div className="muted small">{t("made")}</div>
          </li>
          {pledge.updates.map((u) => (
            <li
              key={u.id}
              style={{ ["--dot" as string]: STATUS_PALETTE[u.status].fill }}
              className={u.superseded ? "superseded" : undefined}
            >
              <StatusBadge status={u.status} /> <strong>{day(u.reportedOn)}</strong>
              {u.meeting && (
                <>
                  {" · "}
                  <Link href={`/meetings/${u.meeting.id}`}>
                    <Local value={localTitle(locale, u.meeting)} />
                  </Link>
                </>
              )}
              {u.superseded && <span className="small"> {t("correctedLater")}</span>}
              {u.correctsId && (
                <div className="small">
                  {u.reason
                    ? t.rich("correctionReason", {
                        reason: u.reason,
                        // An editor's words, as written.
                        words: (chunks) => <Verbatim lang={languageOf(u.reason!)}>{chunks}</Verbatim>,
                      })
                    : t("correction")}
                </div>
              )}
              {u.quote && <QuotedEvidence quote={u.quote} paragraph={u.paragraph} />}
              {u.note && (
                // An editor's note, as written.
                <p className="small" lang={languageOf(u.note)}>
                  {u.note}
                </p>
              )}
              <CorrectUpdateLink updateId={u.id} superseded={u.superseded} />
            </li>
          ))}
        </ol>
        {pledge.updates.length === 0 && <p className="muted">{t("noUpdates")}</p>}
      </section>
      <PledgeHistory pledgeId={pledge.id} />
    </article>
  );
}
