"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { quoteIsVerbatim } from "@/lib/domain/citation";
import type { CitableDocument } from "@/lib/data/documents";
import { Field } from "./field";
import { ParagraphPanel, useParagraphRef } from "./paragraph-panel";

// Choosing the evidence for a pledge or status update: a paragraph of a source document
// and a quote from it. The check shown here is a convenience; the server makes the same
// check and refuses a quote that is not verbatim in the paragraph.
export function CitationPicker({
  documents,
  initial,
  errors,
  legend,
}: {
  documents: CitableDocument[];
  initial?: { paragraphId?: string | null; quote?: string | null };
  errors: (name: string) => string[] | undefined;
  legend?: string;
}) {
  const t = useTranslations("review.citationPicker");
  const paragraphRef = useParagraphRef();
  const [paragraphId, setParagraphId] = useState(initial?.paragraphId ?? "");
  const [quote, setQuote] = useState(initial?.quote ?? "");
  const paragraphs = documents.flatMap((d) => d.paragraphs.map((p) => ({ ...p, documentTitle: d.title })));
  const chosen = paragraphs.find((p) => p.id === paragraphId);
  const verbatim = chosen && quote.trim() ? quoteIsVerbatim(chosen.text, quote) : null;

  const onPick = (id: string, selected: string | null) => {
    setParagraphId(id);
    const text = paragraphs.find((p) => p.id === id)?.text ?? "";
    // A click starts from the whole paragraph (trim it to the words that matter) unless
    // the current quote already comes from it.
    if (selected) setQuote(selected);
    else if (!quoteIsVerbatim(text, quote)) setQuote(text);
  };

  return (
    <fieldset className="picker" aria-describedby={errors("paragraphId") ? "error-paragraphId" : undefined}>
      <legend>{legend ?? t("legend")}</legend>
      <p className="field-hint">{t("hint")}</p>
      <ParagraphPanel documents={documents} selectedId={paragraphId} onPick={onPick} />
      <input type="hidden" name="paragraphId" value={paragraphId} />
      <p className="small" data-testid="citation-status" aria-live="polite">
        {chosen ? (
          <>
            {t.rich("citing", {
              ref: paragraphRef(chosen.label),
              document: chosen.documentTitle,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}{" "}
            {verbatim === true && <span className="ok-text">{t("verbatim")}</span>}
            {verbatim === false && <span className="error-text">{t("notVerbatim")}</span>}
          </>
        ) : (
          <span className="muted">{t("none")}</span>
        )}
      </p>
      {errors("paragraphId") && (
        <p className="field-error" id="error-paragraphId" data-testid="error-paragraphId">
          {errors("paragraphId")!.join(" ")}
        </p>
      )}
      <Field label={t("quote")} name="quote" errors={errors("quote")}>
        {(p) => <textarea {...p} rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />}
      </Field>
    </fieldset>
  );
}
