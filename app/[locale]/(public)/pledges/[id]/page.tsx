import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getPledge } from "@/lib/data/pledges";
import { formatDay } from "@/lib/domain/dates";
import { STATUS_PALETTE, sideLabel } from "@/lib/domain/status";
import { Citation, QuotedEvidence } from "@/components/citation";
import { DeadlineBadge, StatusBadge } from "@/components/status-badge";
import { CorrectUpdateLink, PledgeEditorBar } from "@/components/editor/editor-bars";
import { PledgeHistory } from "@/components/editor/pledge-history";
import { pathId } from "@/lib/validation/ids";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = pathId((await params).id);
  const pledge = id ? await getPledge(id) : null;
  return { title: pledge ? pledge.title : "Pledge not found" };
}

export default async function PledgePage({ params }: Props) {
  const pledge = await getPledge(pathId((await params).id) ?? notFound());
  if (!pledge) notFound();
  const partner = pledge.dialogue.partnerCountry;
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
          since {formatDay(pledge.standing.since)}
          {pledge.standing.lastConfirmed ? `, last confirmed ${formatDay(pledge.standing.lastConfirmed)}` : ""}
        </span>
      </p>
      <PledgeEditorBar pledgeId={pledge.id} />
      <div className="grid-2">
        <section className="panel" aria-labelledby="pledge-text">
          <h2 id="pledge-text">What was pledged</h2>
          <p>{pledge.text}</p>
          <QuotedEvidence quote={pledge.quote} paragraph={pledge.paragraph} />
        </section>
        <section className="panel" aria-labelledby="pledge-facts">
          <h2 id="pledge-facts">Details</h2>
          <dl className="facts">
            <dt>Made at</dt>
            <dd>
              <Link href={`/meetings/${pledge.meeting.id}`}>{pledge.meeting.title}</Link>,{" "}
              {formatDay(pledge.meeting.date)}
            </dd>
            <dt>Cited</dt>
            <dd>
              <Citation paragraph={pledge.paragraph} />
            </dd>
            <dt>Area</dt>
            <dd>
              <Link href={`/areas/${pledge.area.id}`}>{pledge.area.name}</Link>
            </dd>
            <dt>Undertaken by</dt>
            <dd>{sideLabel(pledge.side, partner)}</dd>
            <dt>Target date</dt>
            <dd>{pledge.targetDate ? formatDay(pledge.targetDate) : <span className="muted">None given</span>}</dd>
            <dt>Tags</dt>
            <dd>
              {pledge.tags.length === 0 ? (
                <span className="muted">None</span>
              ) : (
                pledge.tags.map((t) => (
                  <Link key={t.id} className="tag" href={`/pledges?tag=${t.id}`}>
                    {t.label}
                  </Link>
                ))
              )}
            </dd>
            {pledge.predecessor && (
              <>
                <dt>{pledge.predecessorLink === "supersedes" ? "Supersedes" : "Continues"}</dt>
                <dd>
                  <Link href={`/pledges/${pledge.predecessor.id}`}>{pledge.predecessor.title}</Link>{" "}
                  <StatusBadge status={pledge.predecessor.currentStatus} />
                  {pledge.predecessorLink === "supersedes" && (
                    <span className="muted small"> (the figures count the two once, as this pledge)</span>
                  )}
                </dd>
              </>
            )}
            {pledge.successors.length > 0 && (
              <>
                <dt>
                  {pledge.successors.some((s) => s.predecessorLink === "supersedes")
                    ? "Superseded by"
                    : "Carried on by"}
                </dt>
                <dd>
                  {pledge.successors.map((s) => (
                    <div key={s.id}>
                      <Link href={`/pledges/${s.id}`}>{s.title}</Link> <StatusBadge status={s.currentStatus} />
                      {s.predecessorLink === "supersedes" ? (
                        <span className="muted small">
                          {" "}
                          (restates it with a new target; the figures count the two once, as that pledge)
                        </span>
                      ) : (
                        <span className="muted small"> (continues it)</span>
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
        <h2 id="timeline">Status across meetings</h2>
        <ol className="timeline" data-testid="status-timeline">
          <li style={{ ["--dot" as string]: STATUS_PALETTE.pledged.fill }}>
            <StatusBadge status="pledged" /> <strong>{formatDay(pledge.meeting.date)}</strong> ·{" "}
            <Link href={`/meetings/${pledge.meeting.id}`}>{pledge.meeting.title}</Link>
            <div className="muted small">Pledge made.</div>
          </li>
          {pledge.updates.map((u) => (
            <li
              key={u.id}
              style={{ ["--dot" as string]: STATUS_PALETTE[u.status].fill }}
              className={u.superseded ? "superseded" : undefined}
            >
              <StatusBadge status={u.status} /> <strong>{formatDay(u.reportedOn)}</strong>
              {u.meeting && (
                <>
                  {" · "}
                  <Link href={`/meetings/${u.meeting.id}`}>{u.meeting.title}</Link>
                </>
              )}
              {u.superseded && <span className="small"> (corrected later)</span>}
              {u.correctsId && <div className="small">Correction{u.reason ? `: ${u.reason}` : ""}</div>}
              {u.quote && <QuotedEvidence quote={u.quote} paragraph={u.paragraph} />}
              {u.note && <p className="small">{u.note}</p>}
              <CorrectUpdateLink updateId={u.id} superseded={u.superseded} />
            </li>
          ))}
        </ol>
        {pledge.updates.length === 0 && <p className="muted">No later meeting has reported on this pledge yet.</p>}
      </section>
      <PledgeHistory pledgeId={pledge.id} />
    </article>
  );
}
