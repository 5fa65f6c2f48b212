import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getMeetingForEdit } from "@/lib/data/meetings";
import { AddDocumentForm } from "@/components/editor/meeting-form";
import { pathId } from "@/lib/validation/ids";

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
  const t = await getTranslations("intake.documentPage");
  return (
    <>
      <p className="small">
        <Link href={`/meetings/${meeting.id}`}>← {meeting.title}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead", { title: meeting.title })}</p>
      <AddDocumentForm meetingId={meeting.id} />
    </>
  );
}
