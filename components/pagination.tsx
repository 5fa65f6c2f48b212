import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

// Previous/next links that keep every other parameter of the current URL.
export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("common.pagination");
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("label")}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span className="muted">{t("previous")}</span>
      )}
      <span>{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span className="muted">{t("next")}</span>
      )}
    </nav>
  );
}
