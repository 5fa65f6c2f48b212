"use client";
import { createArea, updateArea } from "@/lib/actions/areas/actions";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { NameIdFields } from "./name-id-fields";
import { useActionForm } from "./use-action-form";

type Errors = (name: string) => string[] | undefined;

function DescriptionField({ value, errors }: { value?: string | null; errors: Errors }) {
  return (
    <Field
      label="Description"
      name="description"
      errors={errors("description")}
      hint="What belongs here, so editors file pledges consistently"
    >
      {(p) => <textarea {...p} rows={3} maxLength={2000} className="wide" defaultValue={value ?? ""} />}
    </Field>
  );
}

// A new cooperation area; it goes last in the taxonomy (move it from its edit form).
export function NewAreaForm() {
  const { state, pending, onSubmit, errors } = useActionForm(createArea);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <div className="form-grid">
        <NameIdFields errors={errors} nameHint="e.g. “Intelligence sharing”" idExample="intelligence-sharing" />
        <DescriptionField errors={errors} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Create area"}
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
  const { state, pending, onSubmit, errors } = useActionForm(updateArea);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <input type="hidden" name="areaId" value={area.id} />
      <input type="hidden" name="version" value={area.version} />
      <div className="form-grid">
        <Field label="Name" name="name" errors={errors("name")}>
          {(p) => <input {...p} type="text" required maxLength={200} className="wide" defaultValue={area.name} />}
        </Field>
        <DescriptionField value={area.description} errors={errors} />
        <Field
          label="Position"
          name="position"
          errors={errors("position")}
          hint={`1 is first, ${area.total} last; the areas in between move up or down by one`}
        >
          {(p) => <input {...p} type="number" required min={1} max={area.total} defaultValue={area.position} />}
        </Field>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
