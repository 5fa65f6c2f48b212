import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors");
  return { title: t("notFound.title") };
}

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="panel empty">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        {t.rich("notFound.next", {
          pledges: (chunks) => <Link href="/pledges">{chunks}</Link>,
          home: (chunks) => <Link href="/">{chunks}</Link>,
        })}
      </p>
    </div>
  );
}
