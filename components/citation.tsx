import { paragraphRef } from "@/lib/domain/statement-parser";

export type CitationParagraph = {
  label: string;
  position: number;
  document: { id: string; title: string; publisher: string };
};

export const paragraphAnchor = (position: number) => `p${position}`;

// "Joint Statement …, para 15" linking to that paragraph of the stored source document. A plain
// link (a full navigation) so the browser applies :target and highlights the paragraph.
export function Citation({ paragraph }: { paragraph: CitationParagraph }) {
  return (
    <a href={`/documents/${paragraph.document.id}#${paragraphAnchor(paragraph.position)}`} className="small">
      {paragraph.document.title}, {paragraphRef(paragraph.label)}
    </a>
  );
}

// A verbatim quotation with its source underneath.
export function QuotedEvidence({ quote, paragraph }: { quote: string; paragraph: CitationParagraph | null }) {
  return (
    <figure style={{ margin: ".5rem 0" }}>
      <blockquote>“{quote}”</blockquote>
      {paragraph && (
        <figcaption>
          Source: <Citation paragraph={paragraph} />
        </figcaption>
      )}
    </figure>
  );
}
