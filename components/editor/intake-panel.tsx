"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { proposeAgain } from "@/lib/actions/intake/actions";
import type { StoredDraft } from "@/lib/intake/types";
import { FormMessage } from "./form-message";
import { useParagraphRef } from "./paragraph-panel";
import { useActionForm } from "./use-action-form";
import { languageOf } from "@/lib/domain/language";

// The statement intake on the review screen: how many proposals, "Propose again", and the
// draft pledges (commitments that match no open pledge), each opening "Add a pledge made here".
export function IntakePanel({
  meetingId,
  proposals,
  drafts,
  computedAt,
  partnerCountry,
}: {
  meetingId: string;
  proposals: number;
  drafts: StoredDraft[];
  computedAt: string | null;
  partnerCountry: string;
}) {
  const t = useTranslations("intake.panel");
  const ts = useTranslations("status");
  const paragraphRef = useParagraphRef();
  const { state, pending, onSubmit } = useActionForm(proposeAgain);
  return (
    <section className="panel intake-panel" aria-labelledby="intake-heading">
      <h2 id="intake-heading">{t("heading")}</h2>
      <FormMessage state={state} />
      <p className="small">{computedAt ? t("summary", { count: proposals }) : t("none")}</p>
      <form onSubmit={onSubmit}>
        <input type="hidden" name="meetingId" value={meetingId} />
        <button type="submit" className="secondary" disabled={pending}>
          {pending ? t("proposing") : t("proposeAgain")}
        </button>
      </form>
      {drafts.length > 0 && (
        <>
          <h3>{t("draftsHeading")}</h3>
          <ul className="draft-list">
            {drafts.map((d) => (
              <li key={d.id} data-testid="draft-pledge">
                {/* Drafted from the statement, in its language. */}
                <strong lang={languageOf(d.title)}>{d.title}</strong>{" "}
                <span className="muted small">
                  {t("draftMeta", {
                    ref: paragraphRef(d.label),
                    area: d.areaName ?? t("areaToChoose"),
                    side: ts(`side.${d.side}`, { partner: partnerCountry }),
                    cue: d.reasons.cue,
                  })}
                </span>{" "}
                <Link
                  href={`/edit/pledges/new?meeting=${encodeURIComponent(meetingId)}&draft=${encodeURIComponent(d.id)}`}
                >
                  {t("addPledge")}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
