import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getMeetingForEdit } from "@/lib/data/meetings";
import { AddDocumentForm } from "@/components/editor/meeting-form";
import { pathId } from "@/lib/validation/ids";
import { localTitle } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("intake.documentPage");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function AddDocumentPage({ params }: Props) {
  const id = pathId((await params).id) ?? notFound();
  await requireRole("editor", `/edit/meetings/${id}/document`);
  const meeting = await getMeetingForEdit(id);
  if (!meeting) notFound();
  const [t, locale] = await Promise.all([getTranslations("intake.documentPage"), getLocale()]);
  const title = localTitle(locale, meeting);
  return (
    <>
      <p className="small">
        <Link href={`/meetings/${meeting.id}`} lang={title.lang}>
          ← {title.text}
        </Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead" lang={title.lang}>
        {t("lead", { title: title.text })}
      </p>
      <AddDocumentForm meetingId={meeting.id} />
    </>
  );
}
