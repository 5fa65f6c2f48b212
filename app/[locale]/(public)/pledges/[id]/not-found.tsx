import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pledges.notFound");
  return { title: t("title") };
}

export default function PledgeNotFound() {
  const t = useTranslations("pledges.notFound");
  return (
    <div className="panel empty">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/pledges">{t("browse")}</Link>
      </p>
    </div>
  );
}
