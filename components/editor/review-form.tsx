"use client";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useState } from "react";
import { saveMeetingReview } from "@/lib/actions/review/actions";
import type { CitableDocument } from "@/lib/data/documents";
import type { ReviewRow } from "@/lib/data/review";
import { quoteIsVerbatim } from "@/lib/domain/citation";
import { STATUSES } from "@/lib/domain/status";
import { StatusBadge } from "@/components/status-badge";
import { FormMessage } from "./form-message";
import { ParagraphPanel, useParagraphRef } from "./paragraph-panel";
import { ProposalNote } from "./proposal-note";
import type { StoredProposal } from "@/lib/intake/types";
import { useActionForm } from "./use-action-form";
import { localText, localTitle } from "@/lib/i18n/names";
import { Local } from "@/components/local-text";

type Entry = { status: string; paragraphId: string; quote: string; note: string };
const blank: Entry = { status: "", paragraphId: "", quote: "", note: "" };

// The meeting review: each open pledge on the left, the meeting's paragraphs on the right.
// A paragraph picked on the right (button or text selection) goes to the pledge row that
// last had focus. Everything is reachable with Tab; nothing needs a mouse.
// Proposals of the statement intake come first, strongest first, pre-filled; nothing is saved
// until the editor saves. For a long statement: keep only the proposals at or above a score in
// one step, and mark a pledge "nothing here", which the saved review records as reviewed
// silence (the meeting is marked reviewed and the pledge gets no update).
export function ReviewForm({
  meeting,
  rows: allRows,
  documents,
  proposals = [],
}: {
  meeting: { id: string; title: string };
  rows: ReviewRow[];
  documents: CitableDocument[];
  proposals?: StoredProposal[];
}) {
  const t = useTranslations("review.form");
  const ts = useTranslations("status");
  const locale = useLocale();
  // A pledge's title in the reader's language (the rows carry both).
  const titleOf = (r: ReviewRow) => localTitle(locale, r);
  const paragraphRef = useParagraphRef();
  const { state, pending, onSubmit, errors } = useActionForm(saveMeetingReview);
  const proposalOf = new Map(proposals.map((p) => [p.pledgeId, p]));
  const rank = new Map(proposals.map((p, i) => [p.pledgeId, i]));
  const proposed = (r: ReviewRow) => (r.reportedHere ? undefined : proposalOf.get(r.id));
  const rows = [...allRows].sort(
    (a, b) => (proposed(a) ? rank.get(a.id)! : Infinity) - (proposed(b) ? rank.get(b.id)! : Infinity),
  );
  const fromProposal = (r: ReviewRow): Entry => {
    const p = proposed(r);
    return p ? { status: p.status, paragraphId: p.paragraphId, quote: p.quote, note: "" } : blank;
  };
  const [entries, setEntries] = useState<Entry[]>(() => rows.map(fromProposal));
  const [nothing, setNothing] = useState<Set<string>>(() => new Set());
  const [minScore, setMinScore] = useState("0.80");
  const acceptAbove = () => {
    const threshold = Number(minScore);
    if (!Number.isFinite(threshold)) return;
    setEntries(
      rows.map((r, i) => (proposed(r) ? (proposed(r)!.score >= threshold ? fromProposal(r) : blank) : entries[i]!)),
    );
  };
  const markNothing = (i: number, row: ReviewRow, on: boolean) => {
    setNothing((all) => {
      const next = new Set(all);
      if (on) next.add(row.id);
      else next.delete(row.id);
      return next;
    });
    if (on) set(i, blank);
  };
  // The strongest proposal (else the first row still to report on) is the one the paragraph
  // panel highlights and cites for at first.
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      rows.findIndex((r) => !r.reportedHere),
    ),
  );
  const paragraphs = documents.flatMap((d) => d.paragraphs);
  // The language each paragraph's text is in (its document's).
  const languageOf = new Map(documents.flatMap((d) => d.paragraphs.map((p) => [p.id, d.language] as const)));
  const textOf = (id: string) => paragraphs.find((p) => p.id === id)?.text ?? "";
  const set = (i: number, patch: Partial<Entry>) =>
    setEntries((all) => all.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  const pick = (i: number, paragraphId: string, quote: string | null) => {
    const current = entries[i]!;
    set(i, {
      paragraphId,
      quote: quote ?? (quoteIsVerbatim(textOf(paragraphId), current.quote) ? current.quote : textOf(paragraphId)),
    });
  };
  const reported = entries.filter((e) => e.status).length;

  return (
    <form onSubmit={onSubmit} noValidate className="review">
      <input type="hidden" name="meetingId" value={meeting.id} />
      <div className="review-rows">
        <FormMessage state={state} />
        {proposals.length > 0 && (
          <p className="accept-above small" data-testid="accept-above">
            <label>
              {t("keepAtLeast")}{" "}
              <input
                type="number"
                min={0}
                max={1}
                step={0.05}
                value={minScore}
                onChange={(e) => setMinScore(e.target.value)}
                aria-label={t("lowestScore")}
              />
            </label>{" "}
            <button type="button" className="secondary" onClick={acceptAbove}>
              {t("acceptAbove")}
            </button>{" "}
            <span className="muted">{t("othersBack")}</span>
          </p>
        )}
        {rows.length === 0 && <p className="empty panel">{t("noRows")}</p>}
        {rows.map((row, i) => {
          const entry = entries[i]!;
          const name = (field: string) => `entries.${i}.${field}`;
          const err = (field: string) => errors(name(field));
          // Each control is described by its own error, so a screen reader reads them together.
          const errorId = (field: string) => `review-${i}-${field}-error`;
          const invalid = (field: string) =>
            err(field) ? { "aria-invalid": true as const, "aria-describedby": errorId(field) } : {};
          const chosen = paragraphs.find((p) => p.id === entry.paragraphId);
          return (
            <fieldset
              key={row.id}
              className={`review-row${active === i ? " active" : ""}`}
              onFocus={() => setActive(i)}
              data-testid={`review-row-${row.id}`}
            >
              <legend>
                <Link href={`/pledges/${row.id}`}>
                  <Local value={titleOf(row)} />
                </Link>
              </legend>
              <input type="hidden" name={name("pledgeId")} value={row.id} />
              <input type="hidden" name={name("version")} value={row.version} />
              <p className="small muted">
                {t("rowMeta", {
                  area: localText(locale, row.area, row.areaJa).text,
                  meeting: localTitle(locale, row.madeAt).text,
                })}{" "}
                <StatusBadge status={row.statusBefore} />
              </p>
              {row.evidence && (
                <blockquote className="small">
                  {/* Verbatim, in its document's language, as is the document's title. */}
                  <span lang={row.evidence.language}>“{row.evidence.quote}”</span>{" "}
                  <span className="muted">
                    (<span lang={row.evidence.language}>{row.evidence.documentTitle}</span>,{" "}
                    {paragraphRef(row.evidence.label)})
                  </span>
                </blockquote>
              )}
              {proposed(row) && (
                <ProposalNote
                  proposal={proposed(row)!}
                  label={paragraphRef(paragraphs.find((p) => p.id === proposed(row)!.paragraphId)?.label ?? "")}
                  paragraphText={textOf(proposed(row)!.paragraphId)}
                  rejected={!entry.status}
                  onReject={() => set(i, blank)}
                  onRestore={() => {
                    markNothing(i, row, false);
                    set(i, fromProposal(row));
                  }}
                />
              )}
              {!proposed(row) && !row.reportedHere && proposals.length > 0 && (
                <p className="small muted">{t("noProposal")}</p>
              )}
              {!row.reportedHere && (
                <p className="small">
                  {nothing.has(row.id) ? (
                    <>
                      <span data-testid="nothing-here">{t("nothingHereMarked")}</span>{" "}
                      <button type="button" className="secondary" onClick={() => markNothing(i, row, false)}>
                        {t("undo")}
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => markNothing(i, row, true)}
                      aria-label={t("nothingHereLabel", { title: titleOf(row).text })}
                    >
                      {t("nothingHere")}
                    </button>
                  )}
                </p>
              )}
              {row.reportedHere ? (
                <p className="small">
                  {t("alreadyReported")} <StatusBadge status={row.reportedHere.status} />{" "}
                  {t.rich("correctIt", { link: (chunks) => <Link href={`/pledges/${row.id}`}>{chunks}</Link> })}
                  <input type="hidden" name={name("status")} value="" />
                </p>
              ) : (
                <div className="review-fields">
                  <label>
                    {t("reportedStatus")}
                    <select
                      name={name("status")}
                      value={entry.status}
                      onChange={(e) => {
                        if (e.target.value) markNothing(i, row, false);
                        set(i, { status: e.target.value });
                      }}
                      {...invalid("status")}
                    >
                      <option value="">{t("noReport")}</option>
                      {STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {ts(`label.${s}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  {entry.status && (
                    <>
                      <label>
                        {t("paragraph")}
                        <select
                          name={name("paragraphId")}
                          value={entry.paragraphId}
                          onChange={(e) => pick(i, e.target.value, null)}
                          {...invalid("paragraphId")}
                        >
                          <option value="">{t("choose")}</option>
                          {paragraphs.map((p) => (
                            <option key={p.id} value={p.id} lang={languageOf.get(p.id)}>
                              {paragraphRef(p.label)}: {p.text.slice(0, 70)}
                              {p.text.length > 70 ? "…" : ""}
                            </option>
                          ))}
                        </select>
                      </label>
                      <label className="wide-label">
                        {t("quote")}
                        <textarea
                          name={name("quote")}
                          rows={2}
                          value={entry.quote}
                          onChange={(e) => set(i, { quote: e.target.value })}
                          {...invalid("quote")}
                        />
                      </label>
                      {chosen && entry.quote && !quoteIsVerbatim(chosen.text, entry.quote) && (
                        <span className="error-text small">
                          {t("notVerbatim", { ref: paragraphRef(chosen.label) })}
                        </span>
                      )}
                      <label className="wide-label">
                        {t("note")}
                        <input
                          type="text"
                          name={name("note")}
                          value={entry.note}
                          maxLength={2000}
                          onChange={(e) => set(i, { note: e.target.value })}
                          {...invalid("note")}
                        />
                      </label>
                    </>
                  )}
                </div>
              )}
              {["status", "paragraphId", "quote", "note", "pledgeId"].map((f) =>
                err(f) ? (
                  <p key={f} id={errorId(f)} className="field-error" data-testid={`error-entries-${i}`}>
                    {err(f)!.join(" ")}
                  </p>
                ) : null,
              )}
            </fieldset>
          );
        })}
        <p className="review-save">
          <button type="submit" disabled={pending || reported === 0}>
            {pending ? t("saving") : t("save", { count: reported })}
          </button>{" "}
          <span className="muted small">{t("footer", { nothing: nothing.size })}</span>
        </p>
      </div>
      <aside className="review-panel" aria-label={t("panelLabel", { title: meeting.title })}>
        <p className="small muted">
          {t.rich("citingFor", {
            title: rows[active] ? titleOf(rows[active]).text : "—",
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        <ParagraphPanel
          documents={documents}
          selectedId={entries[active]?.paragraphId}
          onPick={(id, quote) => pick(active, id, quote)}
          citeLabel={(ref) => t("citeFocused", { ref })}
        />
      </aside>
    </form>
  );
}
