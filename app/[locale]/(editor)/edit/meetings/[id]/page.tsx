import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getMeetingForEdit } from "@/lib/data/meetings";
import { EditMeetingForm } from "@/components/editor/meeting-form";
import { pathId } from "@/lib/validation/ids";
import { localName, localTitle } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("meetingEdit.title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function EditMeetingPage({ params }: Props) {
  const id = pathId((await params).id) ?? notFound();
  await requireRole("editor", `/edit/meetings/${id}`);
  const meeting = await getMeetingForEdit(id);
  if (!meeting) notFound();
  const [t, locale] = await Promise.all([getTranslations("editor.meetingEdit"), getLocale()]);
  const title = localTitle(locale, meeting);
  const dialogue = localName(locale, meeting.dialogue);
  return (
    <>
      <p className="small">
        <Link href={`/meetings/${meeting.id}`} lang={title.lang}>
          ← {title.text}
        </Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead" lang={dialogue.lang}>
        {t("lead", { dialogue: dialogue.text })}
      </p>
      <EditMeetingForm meeting={meeting} />
    </>
  );
}
