import { getTranslations } from "next-intl/server";
import { alignParagraphs } from "@/lib/domain/alignment";
import { paragraphAnchor } from "./citation";
import styles from "./side-by-side.module.css";

type Paragraph = { id: string; position: number; label: string; text: string; citations: number };
type Side = { title: string; language: string; paragraphs: Paragraph[] };

// A document beside its other-language account, paragraphs aligned by their numbers. The rows
// carry the anchors of the document on the left, so a citation of it lands on its row.
export async function SideBySide({ left, right }: { left: Side; right: Side }) {
  const t = await getTranslations("documents.sideBySide");
  const languageName = (language: string) => (language === "ja" ? "日本語" : "English");
  const rows = alignParagraphs(left.paragraphs, right.paragraphs);
  return (
    <table className={styles.table}>
      <caption className="muted small">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("number")}</th>
          <th scope="col" lang={left.language}>
            {languageName(left.language)}
          </th>
          <th scope="col" lang={right.language}>
            {languageName(right.language)}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            id={row.left ? paragraphAnchor(row.left.position) : undefined}
            className={(row.left?.citations ?? 0) + (row.right?.citations ?? 0) > 0 ? styles.cited : undefined}
          >
            <th scope="row">{row.left?.label ?? row.right?.label}</th>
            <td lang={left.language} data-language={languageName(left.language)}>
              {row.left?.text}
            </td>
            <td lang={right.language} data-language={languageName(right.language)}>
              {row.right?.text}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
