"use client";
import { useEffect, useRef } from "react";
import { paragraphRef } from "@/lib/domain/statement-parser";
import type { CitableDocument } from "@/lib/data/documents";

// A source document's numbered paragraphs to cite from: each has a "Cite" button (keyboard)
// and selecting words inside a paragraph's text (mouse) picks that paragraph and quote.
export function ParagraphPanel({
  documents,
  selectedId,
  onPick,
  citeLabel = "Cite",
}: {
  documents: CitableDocument[];
  selectedId?: string;
  onPick: (paragraphId: string, quote: string | null) => void;
  citeLabel?: string;
}) {
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
    return <p className="muted">This meeting has no source document yet: add one first, then cite it.</p>;
  }
  return (
    <div ref={ref} className="paragraph-panel" data-testid="paragraph-panel">
      {documents.map((d) => (
        <section key={d.id} aria-label={d.title}>
          <h3 className="small">{d.title}</h3>
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
                  aria-label={`${citeLabel} ${paragraphRef(p.label)}`}
                  onClick={() => pick.current(p.id, null)}
                >
                  {p.label}
                </button>
                <span data-paragraph-text={p.id}>{p.text}</span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
