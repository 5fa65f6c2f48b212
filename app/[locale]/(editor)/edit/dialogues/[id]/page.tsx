import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getDialogueForEdit } from "@/lib/data/dialogues";
import { EditDialogueForm } from "@/components/editor/dialogue-form";
import { pathId } from "@/lib/validation/ids";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("dialogues.edit.title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function EditDialoguePage({ params }: Props) {
  const id = pathId((await params).id) ?? notFound();
  await requireRole("admin", `/edit/dialogues/${id}`);
  const dialogue = await getDialogueForEdit(id);
  if (!dialogue) notFound();
  const t = await getTranslations("editor");
  return (
    <>
      <p className="small">
        <Link href="/edit/dialogues">{t("dialogues.back")}</Link>
      </p>
      <h1>{t("dialogues.edit.title")}</h1>
      <p className="lead">
        {t.rich("dialogues.edit.lead", { id: dialogue.id, code: (chunks) => <code>{chunks}</code> })}
      </p>
      <EditDialogueForm dialogue={dialogue} />
    </>
  );
}
