import { paragraphAnchor } from "./citation";

// A source document's paragraphs, each with an anchor that citations link to.
export function ParagraphList({
  paragraphs,
  highlighted = new Set<string>(),
}: {
  paragraphs: { id: string; position: number; label: string; text: string }[];
  highlighted?: Set<string>;
}) {
  return (
    <ol className="paragraphs">
      {paragraphs.map((p) => (
        <li
          key={p.id}
          id={paragraphAnchor(p.position)}
          style={highlighted.has(p.id) ? { background: "#f2f7ff" } : undefined}
        >
          <a className="para-label" href={`#${paragraphAnchor(p.position)}`} aria-label={`Paragraph ${p.label}`}>
            {p.label}
          </a>
          <span>{p.text}</span>
        </li>
      ))}
    </ol>
  );
}
