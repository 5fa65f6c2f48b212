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

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = pathId((await params).id);
  const pledge = id ? await getPledge(id) : null;
  if (pledge) return { title: pledge.title };
  const t = await getTranslations("pledges.notFound");
  return { title: t("title") };
}

export default async function PledgePage({ params }: Props) {
  const pledge = await getPledge(pathId((await params).id) ?? notFound());
  if (!pledge) notFound();
  const partner = pledge.dialogue.partnerCountry;
  const [t, ts, locale] = await Promise.all([
    getTranslations("pledges.detail"),
    getTranslations("status"),
    getLocale(),
  ]);
  const day = (d: string) => formatDay(d, locale);
  return (
    <article>
      <p className="small">
        <Link href={`/pledges?dialogue=${pledge.dialogue.id}`}>{pledge.dialogue.name}</Link>
      </p>
      <h1>{pledge.title}</h1>
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
          <p>{pledge.text}</p>
          <QuotedEvidence quote={pledge.quote} paragraph={pledge.paragraph} />
        </section>
        <section className="panel" aria-labelledby="pledge-facts">
          <h2 id="pledge-facts">{t("details")}</h2>
          <dl className="facts">
            <dt>{t("madeAt")}</dt>
            <dd>
              <Link href={`/meetings/${pledge.meeting.id}`}>{pledge.meeting.title}</Link>, {day(pledge.meeting.date)}
            </dd>
            <dt>{t("cited")}</dt>
            <dd>
              <Citation paragraph={pledge.paragraph} />
            </dd>
            <dt>{t("area")}</dt>
            <dd>
              <Link href={`/areas/${pledge.area.id}`}>{pledge.area.name}</Link>
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
                  <Link key={tag.id} className="tag" href={`/pledges?tag=${tag.id}`}>
                    {tag.label}
                  </Link>
                ))
              )}
            </dd>
            {pledge.predecessor && (
              <>
                <dt>{pledge.predecessorLink === "supersedes" ? t("supersedes") : t("continues")}</dt>
                <dd>
                  <Link href={`/pledges/${pledge.predecessor.id}`}>{pledge.predecessor.title}</Link>{" "}
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
                      <Link href={`/pledges/${s.id}`}>{s.title}</Link> <StatusBadge status={s.currentStatus} />
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
            <Link href={`/meetings/${pledge.meeting.id}`}>{pledge.meeting.title}</Link>
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
                  <Link href={`/meetings/${u.meeting.id}`}>{u.meeting.title}</Link>
                </>
              )}
              {u.superseded && <span className="small"> {t("correctedLater")}</span>}
              {u.correctsId && (
                <div className="small">{u.reason ? t("correctionReason", { reason: u.reason }) : t("correction")}</div>
              )}
              {u.quote && <QuotedEvidence quote={u.quote} paragraph={u.paragraph} />}
              {u.note && <p className="small">{u.note}</p>}
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
