import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getDocument } from "@/lib/data/documents";
import { formatDay } from "@/lib/domain/dates";
import { ParagraphList } from "@/components/paragraph-list";
import { pathId } from "@/lib/validation/ids";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = pathId((await params).id);
  const doc = id ? await getDocument(id) : null;
  return { title: doc ? doc.title : "Document not found" };
}

export default async function DocumentPage({ params }: Props) {
  const doc = await getDocument(pathId((await params).id) ?? notFound());
  if (!doc) notFound();
  return (
    <article>
      <h1>{doc.title}</h1>
      <p className="lead">
        {doc.publisher}
        {doc.publishedOn && `, ${formatDay(doc.publishedOn)}`}
        {doc.url && (
          <>
            {" · "}
            <a href={doc.url} rel="noreferrer">
              original
            </a>
          </>
        )}
      </p>
      <p className="small">
        Reports on:{" "}
        {doc.meetings.map((m, i) => (
          <span key={m.id}>
            {i > 0 && "; "}
            <Link href={`/meetings/${m.id}`}>{m.title}</Link> ({formatDay(m.date)})
          </span>
        ))}
      </p>
      <section className="panel" aria-label="Paragraphs">
        <p className="muted small">Highlighted paragraphs are cited by pledges or status updates.</p>
        <ParagraphList
          paragraphs={doc.paragraphs}
          highlighted={new Set(doc.paragraphs.filter((p) => p.citations > 0).map((p) => p.id))}
        />
      </section>
    </article>
  );
}
