import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { NewAreaForm } from "@/components/editor/area-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("areas.new.title") };
}

export default async function NewAreaPage() {
  await requireRole("admin", "/edit/areas/new");
  const t = await getTranslations("editor");
  return (
    <>
      <p className="small">
        <Link href="/edit/areas">{t("areas.back")}</Link>
      </p>
      <h1>{t("areas.new.title")}</h1>
      <p className="lead">{t("areas.new.lead")}</p>
      <NewAreaForm />
    </>
  );
}
