import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { latestUpdates } from "@/lib/data/progress";
import type { PledgeFilters } from "@/lib/data/filters";
import { formatDay } from "@/lib/domain/dates";
import { StatusBadge } from "@/components/status-badge";

// The latest status updates, newest report first, with their quoted evidence.
export async function LatestUpdates({ filters }: { filters: PledgeFilters }) {
  const [updates, t, locale] = await Promise.all([
    latestUpdates(filters, 8),
    getTranslations("dashboard.latest"),
    getLocale(),
  ]);
  return (
    <section className="panel" aria-labelledby="latest-updates">
      <h2 id="latest-updates">{t("title")}</h2>
      {updates.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className="paragraphs">
          {updates.map((u) => (
            <li key={u.id} style={{ display: "block" }}>
              <div>
                <StatusBadge status={u.status} /> <Link href={`/pledges/${u.pledge.id}`}>{u.pledge.title}</Link>
              </div>
              <div className="muted small">
                {formatDay(u.reportedOn, locale)}
                {u.meeting && (
                  <>
                    {" · "}
                    <Link href={`/meetings/${u.meeting.id}`}>{u.meeting.title}</Link>
                  </>
                )}
              </div>
              {u.quote && (
                // Verbatim from its source statement, all of which are in English so far.
                <blockquote className="small" lang="en">
                  “{u.quote}”
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
