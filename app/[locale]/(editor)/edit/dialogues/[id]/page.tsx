import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getDialogueForEdit } from "@/lib/data/dialogues";
import { EditDialogueForm } from "@/components/editor/dialogue-form";
import { pathId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "Edit dialogue" };

type Props = { params: Promise<{ id: string }> };

export default async function EditDialoguePage({ params }: Props) {
  const id = pathId((await params).id) ?? notFound();
  await requireRole("admin", `/edit/dialogues/${id}`);
  const dialogue = await getDialogueForEdit(id);
  if (!dialogue) notFound();
  return (
    <>
      <p className="small">
        <Link href="/edit/dialogues">← Dialogues</Link>
      </p>
      <h1>Edit dialogue</h1>
      <p className="lead">
        Its id, <code>{dialogue.id}</code>, stays as it is: addresses and API filters use it.
      </p>
      <EditDialogueForm dialogue={dialogue} />
    </>
  );
}
