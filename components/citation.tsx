import { useLocale, useTranslations } from "next-intl";
import { VerbatimText } from "./local-text";

export type CitationParagraph = {
  label: string;
  position: number;
  // language: the document's ("en" or "ja"), which its title and quotes are in.
  document: { id: string; title: string; publisher: string; language?: string };
};

export const paragraphAnchor = (position: number) => `p${position}`;

// "Joint Statement …, para 15" linking to that paragraph of the stored source document. A plain
// link (a full navigation) so the browser applies :target and highlights the paragraph.
export function Citation({ paragraph }: { paragraph: CitationParagraph }) {
  const t = useTranslations("common.citation");
  const locale = useLocale();
  // As paragraphRef (lib/domain/statement-parser) writes it: "¶N" labels stand as they are.
  const ref = paragraph.label.startsWith("¶") ? paragraph.label : t("para", { label: paragraph.label });
  return (
    <a href={`/${locale}/documents/${paragraph.document.id}#${paragraphAnchor(paragraph.position)}`} className="small">
      <span lang={paragraph.document.language ?? "en"}>{paragraph.document.title}</span>, {ref}
    </a>
  );
}

// A verbatim quotation with its source underneath. The quote stays in its source's language,
// marked as such, so a Japanese page reads it as English (screen readers included).
export function QuotedEvidence({ quote, paragraph }: { quote: string; paragraph: CitationParagraph | null }) {
  const t = useTranslations("common.citation");
  return (
    <figure style={{ margin: ".5rem 0" }}>
      <blockquote lang={paragraph?.document.language ?? "en"}>
        “<VerbatimText text={quote} lang={paragraph?.document.language ?? "en"} />”
      </blockquote>
      {paragraph && (
        <figcaption>
          {t("source")} <Citation paragraph={paragraph} />
        </figcaption>
      )}
    </figure>
  );
}
