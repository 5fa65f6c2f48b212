"use client";
import { useState } from "react";
import { quoteIsVerbatim } from "@/lib/domain/citation";
import { paragraphRef } from "@/lib/domain/statement-parser";
import type { CitableDocument } from "@/lib/data/documents";
import { Field } from "./field";
import { ParagraphPanel } from "./paragraph-panel";

// Choosing the evidence for a pledge or status update: a paragraph of a source document
// and a quote from it. The check shown here is a convenience; the server makes the same
// check and refuses a quote that is not verbatim in the paragraph.
export function CitationPicker({
  documents,
  initial,
  errors,
  legend = "Evidence",
}: {
  documents: CitableDocument[];
  initial?: { paragraphId?: string | null; quote?: string | null };
  errors: (name: string) => string[] | undefined;
  legend?: string;
}) {
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
      <legend>{legend}</legend>
      <p className="field-hint">
        Press a paragraph&rsquo;s number to cite it, then select the words that matter in its text (or shorten the quote
        below).
      </p>
      <ParagraphPanel documents={documents} selectedId={paragraphId} onPick={onPick} />
      <input type="hidden" name="paragraphId" value={paragraphId} />
      <p className="small" data-testid="citation-status" aria-live="polite">
        {chosen ? (
          <>
            Citing <strong>{paragraphRef(chosen.label)}</strong> of {chosen.documentTitle}.{" "}
            {verbatim === true && <span className="ok-text">The quote is word for word in it.</span>}
            {verbatim === false && (
              <span className="error-text">The quote is not word for word in this paragraph.</span>
            )}
          </>
        ) : (
          <span className="muted">No paragraph chosen yet.</span>
        )}
      </p>
      {errors("paragraphId") && (
        <p className="field-error" id="error-paragraphId" data-testid="error-paragraphId">
          {errors("paragraphId")!.join(" ")}
        </p>
      )}
      <Field label="Quote (verbatim)" name="quote" errors={errors("quote")}>
        {(p) => <textarea {...p} rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />}
      </Field>
    </fieldset>
  );
}
