"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { CitableDocument } from "@/lib/data/documents";
import { VerbatimText } from "@/components/local-text";

// "para 3" / "第3段落" for a numbered paragraph; an unnumbered one's "¶4" reads the same in both
// languages (lib/domain/statement-parser.ts paragraphRef, in the reader's language).
export function useParagraphRef(): (label: string) => string {
  const t = useTranslations("review");
  return (label) => (label.startsWith("¶") ? label : t("paraRef", { label }));
}

// A source document's numbered paragraphs to cite from: each has a "Cite" button (keyboard)
// and selecting words inside a paragraph's text (mouse) picks that paragraph and quote.
// `citeLabel` names each button from its paragraph's reference ("Cite para 3" by default).
export function ParagraphPanel({
  documents,
  selectedId,
  onPick,
  citeLabel,
}: {
  documents: CitableDocument[];
  selectedId?: string;
  onPick: (paragraphId: string, quote: string | null) => void;
  citeLabel?: (ref: string) => string;
}) {
  const t = useTranslations("review.paragraphPanel");
  const paragraphRef = useParagraphRef();
  const labelFor = citeLabel ?? ((ref: string) => t("cite", { ref }));
  const ref = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const onSelection = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || !ref.current) return;
      const within = (node: Node | null) =>
        (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>("[data-paragraph-text]");
      const start = within(selection.anchorNode);
      // Only a selection inside one paragraph's text is a quote.
      if (!start || start !== within(selection.focusNode) || !ref.current.contains(start)) return;
      const text = selection.toString().trim();
      if (text) pick.current(start.dataset.paragraphText!, text);
    };
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, []);

  if (documents.length === 0) {
    return <p className="muted">{t("empty")}</p>;
  }
  return (
    <div ref={ref} className="paragraph-panel" data-testid="paragraph-panel">
      {documents.map((d) => (
        <section key={d.id} aria-label={d.title}>
          <h3 className="small" lang={d.language}>
            {d.title}
          </h3>
          <ol className="paragraphs picker-paragraphs">
            {d.paragraphs.map((p) => (
              <li
                key={p.id}
                className={p.id === selectedId ? "picked" : undefined}
                data-testid={`paragraph-${p.label}`}
              >
                <button
                  type="button"
                  className="secondary cite-button"
                  aria-pressed={p.id === selectedId}
                  aria-label={labelFor(paragraphRef(p.label))}
                  onClick={() => pick.current(p.id, null)}
                >
                  {p.label}
                </button>
                <span data-paragraph-text={p.id} lang={d.language}>
                  <VerbatimText text={p.text} lang={d.language} />
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
