import { MEETING_FORMATS, MEETING_FORMAT_LABELS, MEETING_KINDS, MEETING_KIND_LABELS } from "@/lib/domain/status";
import { Field } from "./field";

export type MeetingValues = {
  dialogueId?: string;
  title?: string;
  date?: string;
  place?: string | null;
  format?: string;
  kind?: string;
  ordinal?: number | null;
  summary?: string | null;
};

// The details of a meeting, shared by the "add" and "edit" forms.
export function MeetingFields({
  values = {},
  dialogues,
  errors,
}: {
  values?: MeetingValues;
  dialogues?: { id: string; name: string }[];
  errors: (name: string) => string[] | undefined;
}) {
  return (
    <div className="form-grid">
      {dialogues && (
        <Field label="Dialogue" name="dialogueId" errors={errors("dialogueId")}>
          {(p) => (
            <select {...p} defaultValue={values.dialogueId ?? dialogues[0]?.id} required>
              {dialogues.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        label="Title"
        name="title"
        errors={errors("title")}
        hint="As the statement names it, e.g. “5th Japan-UK Foreign and Defence Ministers’ Meeting”"
      >
        {(p) => <input {...p} type="text" defaultValue={values.title} required maxLength={200} className="wide" />}
      </Field>
      <Field label="Date" name="date" errors={errors("date")}>
        {(p) => <input {...p} type="date" defaultValue={values.date} required />}
      </Field>
      <Field label="Place" name="place" errors={errors("place")}>
        {(p) => <input {...p} type="text" defaultValue={values.place ?? ""} maxLength={200} />}
      </Field>
      <Field label="Format" name="format" errors={errors("format")}>
        {(p) => (
          <select {...p} defaultValue={values.format ?? "in_person"}>
            {MEETING_FORMATS.map((f) => (
              <option key={f} value={f}>
                {MEETING_FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Kind" name="kind" errors={errors("kind")}>
        {(p) => (
          <select {...p} defaultValue={values.kind ?? "two_plus_two"}>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {MEETING_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Ordinal" name="ordinal" errors={errors("ordinal")} hint="4 for the 4th 2+2; leave empty if none">
        {(p) => <input {...p} type="number" min={1} max={999} defaultValue={values.ordinal ?? ""} />}
      </Field>
      <Field label="Summary" name="summary" errors={errors("summary")}>
        {(p) => <textarea {...p} rows={2} defaultValue={values.summary ?? ""} maxLength={2000} className="wide" />}
      </Field>
    </div>
  );
}
