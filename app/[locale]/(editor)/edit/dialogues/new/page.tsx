import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { NewDialogueForm } from "@/components/editor/dialogue-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("dialogues.new.title") };
}

export default async function NewDialoguePage() {
  await requireRole("admin", "/edit/dialogues/new");
  const t = await getTranslations("editor");
  return (
    <>
      <p className="small">
        <Link href="/edit/dialogues">{t("dialogues.back")}</Link>
      </p>
      <h1>{t("dialogues.new.title")}</h1>
      <p className="lead">{t("dialogues.new.lead")}</p>
      <NewDialogueForm />
    </>
  );
}
