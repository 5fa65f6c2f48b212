import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getAreaForEdit } from "@/lib/data/areas";
import { EditAreaForm } from "@/components/editor/area-form";
import { pathId } from "@/lib/validation/ids";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("areas.edit.title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function EditAreaPage({ params }: Props) {
  const id = pathId((await params).id) ?? notFound();
  await requireRole("admin", `/edit/areas/${id}`);
  const area = await getAreaForEdit(id);
  if (!area) notFound();
  const t = await getTranslations("editor");
  return (
    <>
      <p className="small">
        <Link href="/edit/areas">{t("areas.back")}</Link>
      </p>
      <h1>{t("areas.edit.title")}</h1>
      <p className="lead">{t.rich("areas.edit.lead", { id: area.id, code: (chunks) => <code>{chunks}</code> })}</p>
      <EditAreaForm area={area} />
    </>
  );
}
