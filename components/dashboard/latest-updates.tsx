import { Link } from "@/lib/i18n/navigation";
import { latestUpdates } from "@/lib/data/progress";
import type { PledgeFilters } from "@/lib/data/filters";
import { formatDay } from "@/lib/domain/dates";
import { StatusBadge } from "@/components/status-badge";

// The latest status updates, newest report first, with their quoted evidence.
export async function LatestUpdates({ filters }: { filters: PledgeFilters }) {
  const updates = await latestUpdates(filters, 8);
  return (
    <section className="panel" aria-labelledby="latest-updates">
      <h2 id="latest-updates">Latest status updates</h2>
      {updates.length === 0 ? (
        <p className="muted">
          No status has been reported on these pledges yet. Updates appear here as later meetings report on them.
        </p>
      ) : (
        <ul className="paragraphs">
          {updates.map((u) => (
            <li key={u.id} style={{ display: "block" }}>
              <div>
                <StatusBadge status={u.status} /> <Link href={`/pledges/${u.pledge.id}`}>{u.pledge.title}</Link>
              </div>
              <div className="muted small">
                {formatDay(u.reportedOn)}
                {u.meeting && (
                  <>
                    {" · "}
                    <Link href={`/meetings/${u.meeting.id}`}>{u.meeting.title}</Link>
                  </>
                )}
              </div>
              {u.quote && <blockquote className="small">“{u.quote}”</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
