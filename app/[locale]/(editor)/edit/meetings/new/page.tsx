import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { listDialogues } from "@/lib/data/cached";
import { NewMeetingForm } from "@/components/editor/meeting-form";
import { withLocalNames } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("meetingNew.title") };
}

export default async function NewMeetingPage() {
  await requireRole("editor", "/edit/meetings/new");
  const [t, dialogues, locale] = await Promise.all([
    getTranslations("editor.meetingNew"),
    listDialogues(),
    getLocale(),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <NewMeetingForm dialogues={withLocalNames(locale, dialogues).map((d) => ({ id: d.id, name: d.name }))} />
    </>
  );
}
