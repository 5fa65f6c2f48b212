import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { latestUpdates } from "@/lib/data/progress";
import type { PledgeFilters } from "@/lib/data/filters";
import { formatDay } from "@/lib/domain/dates";
import { StatusBadge } from "@/components/status-badge";
import { localTitle } from "@/lib/i18n/names";
import { Local, OurTitlesNote, VerbatimText } from "@/components/local-text";

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
                <StatusBadge status={u.status} />{" "}
                <Link href={`/pledges/${u.pledge.id}`}>
                  <Local value={localTitle(locale, u.pledge)} />
                </Link>
              </div>
              <div className="muted small">
                {formatDay(u.reportedOn, locale)}
                {u.meeting && (
                  <>
                    {" · "}
                    <Link href={`/meetings/${u.meeting.id}`}>
                      <Local value={localTitle(locale, u.meeting)} />
                    </Link>
                  </>
                )}
              </div>
              {u.quote && (
                // Verbatim from its source statement, in that statement's language.
                <blockquote className="small" lang={u.quoteLanguage}>
                  “<VerbatimText text={u.quote} lang={u.quoteLanguage} />”
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
      <OurTitlesNote shown={updates.some((u) => localTitle(locale, u.pledge).japanese)} />
    </section>
  );
}
