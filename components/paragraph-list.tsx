import { useTranslations } from "next-intl";
import { paragraphAnchor } from "./citation";
import { VerbatimText } from "./local-text";

// A source document's paragraphs, each with an anchor that citations link to; the text in the
// document's own language.
export function ParagraphList({
  paragraphs,
  highlighted = new Set<string>(),
  language = "en",
}: {
  paragraphs: { id: string; position: number; label: string; text: string }[];
  highlighted?: Set<string>;
  language?: string;
}) {
  const t = useTranslations("documents.detail");
  return (
    <ol className="paragraphs">
      {paragraphs.map((p) => (
        <li
          key={p.id}
          id={paragraphAnchor(p.position)}
          style={highlighted.has(p.id) ? { background: "#f2f7ff" } : undefined}
        >
          <a
            className="para-label"
            href={`#${paragraphAnchor(p.position)}`}
            aria-label={t("paragraph", { label: p.label })}
          >
            {p.label}
          </a>
          <span lang={language}>
            <VerbatimText text={p.text} lang={language} />
          </span>
        </li>
      ))}
    </ol>
  );
}
