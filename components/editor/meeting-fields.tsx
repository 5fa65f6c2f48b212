import { useTranslations } from "next-intl";
import { MEETING_FORMATS, MEETING_KINDS } from "@/lib/domain/status";
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
  const t = useTranslations("editor.meetingFields");
  const tStatus = useTranslations("status");
  return (
    <div className="form-grid">
      {dialogues && (
        <Field label={t("dialogue")} name="dialogueId" errors={errors("dialogueId")}>
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
      <Field label={t("title")} name="title" errors={errors("title")} hint={t("titleHint")}>
        {(p) => <input {...p} type="text" defaultValue={values.title} required maxLength={200} className="wide" />}
      </Field>
      <Field label={t("date")} name="date" errors={errors("date")}>
        {(p) => <input {...p} type="date" defaultValue={values.date} required />}
      </Field>
      <Field label={t("place")} name="place" errors={errors("place")}>
        {(p) => <input {...p} type="text" defaultValue={values.place ?? ""} maxLength={200} />}
      </Field>
      <Field label={t("format")} name="format" errors={errors("format")}>
        {(p) => (
          <select {...p} defaultValue={values.format ?? "in_person"}>
            {MEETING_FORMATS.map((f) => (
              <option key={f} value={f}>
                {tStatus(`format.${f}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("kind")} name="kind" errors={errors("kind")}>
        {(p) => (
          <select {...p} defaultValue={values.kind ?? "two_plus_two"}>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {tStatus(`kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("ordinal")} name="ordinal" errors={errors("ordinal")} hint={t("ordinalHint")}>
        {(p) => <input {...p} type="number" min={1} max={999} defaultValue={values.ordinal ?? ""} />}
      </Field>
      <Field label={t("summary")} name="summary" errors={errors("summary")}>
        {(p) => <textarea {...p} rows={2} defaultValue={values.summary ?? ""} maxLength={2000} className="wide" />}
      </Field>
    </div>
  );
}
