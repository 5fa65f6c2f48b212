import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { BriefingDoc, DocBlock, DocItem, DocSection } from "@/lib/briefing/document";
import { StatusBadge } from "@/components/status-badge";

// The briefing document on screen and on paper (see the .briefing rules in globals.css).
export function BriefingView({ doc }: { doc: BriefingDoc }) {
  return (
    <article className="briefing" data-testid="briefing">
      <header className="briefing-head">
        <h1>{doc.title}</h1>
        <p className="briefing-subtitle">{doc.subtitle}</p>
        {doc.meta.map((m) => (
          <p key={m} className="muted small briefing-meta">
            {m}
          </p>
        ))}
      </header>
      <Contents sections={doc.sections} />
      {doc.sections.map((s) => (
        <Section key={s.id} section={s} level={2} locale={doc.locale} />
      ))}
    </article>
  );
}

// The contents: a link to each section's heading, the areas (and other subsections) nested
// under theirs. The PDF has the same list, and bookmarks.
function Contents({ sections }: { sections: DocSection[] }) {
  const t = useTranslations("briefing.view");
  if (!sections.length) return null;
  return (
    <nav className="briefing-contents" aria-labelledby="b-contents" data-testid="briefing-contents">
      <p id="b-contents" className="small" style={{ fontWeight: 600, margin: ".5rem 0 .25rem" }}>
        {t("contents")}
      </p>
      <ContentsList sections={sections} />
    </nav>
  );
}

function ContentsList({ sections }: { sections: DocSection[] }) {
  return (
    <ol className="small" style={{ margin: "0 0 1rem", paddingInlineStart: "1.25rem" }}>
      {sections.map((s) => (
        <li key={s.id}>
          {/* A line of its own, 24px high: a target the size WCAG asks (2.5.8). */}
          <a href={`#b-${s.id}`} style={{ display: "inline-block", lineHeight: "24px", minHeight: 24 }}>
            {s.heading}
          </a>
          {s.subsections.length > 0 && <ContentsList sections={s.subsections} />}
        </li>
      ))}
    </ol>
  );
}

function Section({ section, level, locale }: { section: DocSection; level: 2 | 3; locale: string }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section
      className={`briefing-section${section.pageBreak ? " page-break" : ""}`}
      aria-labelledby={`b-${section.id}`}
    >
      <Heading id={`b-${section.id}`}>{section.heading}</Heading>
      {section.blocks.map((b, n) => (
        <Block key={n} block={b} locale={locale} />
      ))}
      {section.subsections.map((sub) => (
        <Section key={sub.id} section={sub} level={3} locale={locale} />
      ))}
    </section>
  );
}

function Block({ block, locale }: { block: DocBlock; locale: string }) {
  const t = useTranslations("briefing.view");
  if (block.kind === "text") return <p>{block.text}</p>;
  if (block.kind === "links") {
    return (
      <p className="briefing-more">
        {block.text}{" "}
        {block.links.map((l, n) => (
          <span key={l.href}>
            {n > 0 && " · "}
            <Link href={l.href}>{l.label}</Link>
          </span>
        ))}
      </p>
    );
  }
  if (block.kind === "figures") {
    return (
      <ul className="figures" aria-label={t("figures")}>
        {block.items.map((f) => (
          <li className="figure" key={f.label}>
            <span className="figure-value">{f.value}</span>
            <span className="figure-label">{f.label}</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="briefing-items">
      {block.items.map((i, n) => (
        <Item key={`${i.href ?? i.title}-${n}`} item={i} locale={locale} />
      ))}
    </ul>
  );
}

// A text of the document in a language other than the reader's (an English name standing in,
// a quoted document's title) is marked as such.
function Marked({ text, lang }: { text: string; lang?: string }) {
  return lang ? <span lang={lang}>{text}</span> : text;
}

// "Joint Statement ..., para 15, ...": the document's title in its own language, the rest in the reader's.
function QuoteSource({ quote }: { quote: NonNullable<DocItem["quote"]> }) {
  const title = quote.document && quote.source.startsWith(quote.document.title) ? quote.document : null;
  if (!title) return quote.source;
  return (
    <>
      <span lang={title.lang}>{title.title}</span>
      {quote.source.slice(title.title.length)}
    </>
  );
}

function Item({ item, locale }: { item: DocItem; locale: string }) {
  const title = <Marked text={item.title} lang={item.lang} />;
  return (
    <li className="briefing-item">
      <div>
        {item.href ? <Link href={item.href}>{title}</Link> : title}{" "}
        {item.status && <StatusBadge status={item.status} />}
      </div>
      {item.lines.map((l) => (
        <div key={l} className="muted small">
          {l}
        </div>
      ))}
      {item.quote && (
        <figure style={{ margin: ".35rem 0 0" }}>
          {/* Verbatim from the source, in the source's language. */}
          <blockquote className="small" lang={item.quote.lang ?? locale}>
            “{item.quote.text}”
          </blockquote>
          <figcaption className="muted small">
            —{" "}
            {item.quote.href ? (
              <Link href={item.quote.href}>
                <QuoteSource quote={item.quote} />
              </Link>
            ) : (
              <QuoteSource quote={item.quote} />
            )}
          </figcaption>
        </figure>
      )}
    </li>
  );
}
