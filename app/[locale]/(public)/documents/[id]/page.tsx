import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getDocument } from "@/lib/data/documents";
import { formatDay } from "@/lib/domain/dates";
import { ParagraphList } from "@/components/paragraph-list";
import { SideBySide } from "@/components/side-by-side";
import { Local } from "@/components/local-text";
import { localTitle } from "@/lib/i18n/names";
import { pathId } from "@/lib/validation/ids";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = pathId((await params).id);
  const doc = id ? await getDocument(id) : null;
  if (doc) return { title: doc.title };
  const t = await getTranslations("documents.notFound");
  return { title: t("title") };
}

export default async function DocumentPage({ params }: Props) {
  const doc = await getDocument(pathId((await params).id) ?? notFound());
  if (!doc) notFound();
  const [t, locale] = await Promise.all([getTranslations("documents.detail"), getLocale()]);
  const languageName = (language: string) => (language === "ja" ? "日本語" : "English");
  return (
    <article>
      <h1 lang={doc.language}>{doc.title}</h1>
      <p className="lead">
        <span lang={doc.language}>{doc.publisher}</span>
        {doc.publishedOn && `, ${formatDay(doc.publishedOn, locale)}`}
        {doc.url && (
          <>
            {" · "}
            <a href={doc.url} rel="noreferrer">
              {t("original")}
            </a>
          </>
        )}
      </p>
      <p className="small">
        {t("reportsOn")}{" "}
        {doc.meetings.map((m, i) => (
          <span key={m.id}>
            {i > 0 && "; "}
            <Link href={`/meetings/${m.id}`}>
              <Local value={localTitle(locale, m)} />
            </Link>{" "}
            ({formatDay(m.date, locale)})
          </span>
        ))}
      </p>
      {doc.excerpt && (
        <p className="notice" data-testid="excerpt-notice">
          {t("excerpt")}
        </p>
      )}
      {doc.otherLanguage.length > 0 && (
        <p className="small">
          {t("otherLanguage")}{" "}
          {doc.otherLanguage.map((o, i) => (
            <span key={o.id}>
              {i > 0 && "; "}
              <Link href={`/documents/${o.id}`} lang={o.language}>
                {o.title}
              </Link>{" "}
              ({languageName(o.language)}
              {o.excerpt && `, ${t("excerptMark")}`})
            </span>
          ))}
        </p>
      )}
      <section className="panel" aria-label={t("paragraphs")}>
        <p className="muted small">{t("highlighted")}</p>
        {doc.counterpart ? (
          <>
            <p className="small">
              {t.rich("alignedWith", {
                title: doc.counterpart.title,
                link: (chunks) => (
                  <Link href={`/documents/${doc.counterpart!.id}`} lang={doc.counterpart!.language}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <SideBySide left={doc} right={doc.counterpart} />
          </>
        ) : (
          <ParagraphList
            paragraphs={doc.paragraphs}
            language={doc.language}
            highlighted={new Set(doc.paragraphs.filter((p) => p.citations > 0).map((p) => p.id))}
          />
        )}
      </section>
    </article>
  );
}
