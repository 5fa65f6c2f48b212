import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { NewDialogueForm } from "@/components/editor/dialogue-form";

export const metadata: Metadata = { title: "Add a dialogue" };

export default async function NewDialoguePage() {
  await requireRole("admin", "/edit/dialogues/new");
  return (
    <>
      <p className="small">
        <Link href="/edit/dialogues">← Dialogues</Link>
      </p>
      <h1>Add a dialogue</h1>
      <p className="lead">
        A recurring bilateral framework, such as a 2+2. Once saved, editors can add its meetings and their statements.
      </p>
      <NewDialogueForm />
    </>
  );
}
