import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas.notFound");
  return { title: t("title") };
}

export default async function AreaNotFound() {
  const t = await getTranslations("areas.notFound");
  return (
    <div className="panel empty">
      <h1>{t("title")}</h1>
      <p>{t.rich("text", { link: (chunks) => <Link href="/areas">{chunks}</Link> })}</p>
    </div>
  );
}
