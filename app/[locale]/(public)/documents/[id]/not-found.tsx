import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("documents.notFound");
  return { title: t("title") };
}

export default async function DocumentNotFound() {
  const t = await getTranslations("documents.notFound");
  return (
    <div className="panel empty">
      <h1>{t("title")}</h1>
      <p>{t.rich("text", { link: (chunks) => <Link href="/meetings">{chunks}</Link> })}</p>
    </div>
  );
}
