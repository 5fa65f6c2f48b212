"use client";
import { useTranslations } from "next-intl";
import { createDialogue, updateDialogue } from "@/lib/actions/dialogues/actions";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { NameIdFields } from "./name-id-fields";
import { useActionForm } from "./use-action-form";

type DialogueValues = { name?: string; partnerCountry?: string; description?: string | null };
type Errors = (name: string) => string[] | undefined;

function DetailFields({ values = {}, errors }: { values?: DialogueValues; errors: Errors }) {
  const t = useTranslations("editor.dialogues.form");
  return (
    <>
      <Field
        label={t("partnerCountry")}
        name="partnerCountry"
        errors={errors("partnerCountry")}
        hint={t("partnerCountryHint")}
      >
        {(p) => <input {...p} type="text" required maxLength={100} defaultValue={values.partnerCountry} />}
      </Field>
      <Field label={t("description")} name="description" errors={errors("description")}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} className="wide" defaultValue={values.description ?? ""} />}
      </Field>
    </>
  );
}

// A new dialogue, so that editors can add its meetings.
export function NewDialogueForm() {
  const t = useTranslations("editor");
  const { state, pending, onSubmit, errors } = useActionForm(createDialogue);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <div className="form-grid">
        <NameIdFields errors={errors} nameHint={t("dialogues.form.nameHint")} idExample="japan-australia" />
        <DetailFields errors={errors} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("dialogues.form.create")}
      </button>
    </form>
  );
}

// Editing a dialogue; the version makes a save over someone else's fail loudly.
export function EditDialogueForm({
  dialogue,
}: {
  dialogue: DialogueValues & { id: string; name: string; version: number };
}) {
  const t = useTranslations("editor");
  const { state, pending, onSubmit, errors } = useActionForm(updateDialogue);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <input type="hidden" name="dialogueId" value={dialogue.id} />
      <input type="hidden" name="version" value={dialogue.version} />
      <div className="form-grid">
        <Field label={t("nameId.name")} name="name" errors={errors("name")}>
          {(p) => <input {...p} type="text" required maxLength={200} className="wide" defaultValue={dialogue.name} />}
        </Field>
        <DetailFields values={dialogue} errors={errors} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("saveChanges")}
      </button>
    </form>
  );
}
