"use client";
import { useTranslations } from "next-intl";
import { createArea, updateArea } from "@/lib/actions/areas/actions";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { NameIdFields } from "./name-id-fields";
import { useActionForm } from "./use-action-form";

type Errors = (name: string) => string[] | undefined;

function DescriptionField({ value, errors }: { value?: string | null; errors: Errors }) {
  const t = useTranslations("editor.areas.form");
  return (
    <Field label={t("description")} name="description" errors={errors("description")} hint={t("descriptionHint")}>
      {(p) => <textarea {...p} rows={3} maxLength={2000} className="wide" defaultValue={value ?? ""} />}
    </Field>
  );
}

// A new cooperation area; it goes last in the taxonomy (move it from its edit form).
export function NewAreaForm() {
  const t = useTranslations("editor");
  const { state, pending, onSubmit, errors } = useActionForm(createArea);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <div className="form-grid">
        <NameIdFields errors={errors} nameHint={t("areas.form.nameHint")} idExample="intelligence-sharing" />
        <DescriptionField errors={errors} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("areas.form.create")}
      </button>
    </form>
  );
}

type AreaValues = {
  id: string;
  name: string;
  description: string | null;
  position: number;
  version: number;
  total: number;
};

// Editing an area and its place in the taxonomy; the version makes a stale save fail loudly.
export function EditAreaForm({ area }: { area: AreaValues }) {
  const t = useTranslations("editor");
  const { state, pending, onSubmit, errors } = useActionForm(updateArea);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <input type="hidden" name="areaId" value={area.id} />
      <input type="hidden" name="version" value={area.version} />
      <div className="form-grid">
        <Field label={t("nameId.name")} name="name" errors={errors("name")}>
          {(p) => <input {...p} type="text" required maxLength={200} className="wide" defaultValue={area.name} />}
        </Field>
        <DescriptionField value={area.description} errors={errors} />
        <Field
          label={t("areas.form.position")}
          name="position"
          errors={errors("position")}
          hint={t("areas.form.positionHint", { total: area.total })}
        >
          {(p) => <input {...p} type="number" required min={1} max={area.total} defaultValue={area.position} />}
        </Field>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("saveChanges")}
      </button>
    </form>
  );
}
