"use client";
import { useTranslations } from "next-intl";
import { correctStatusUpdate, recordStatusUpdate } from "@/lib/actions/status-updates/actions";
import type { CitableDocument } from "@/lib/data/documents";
import { STATUSES } from "@/lib/domain/status";
import { CitationPicker } from "./citation-picker";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

type Props = {
  pledge: { id: string; version: number };
  // Reported at a meeting, or on a date (then `documents` is the one document cited).
  meeting: { id: string; title: string } | null;
  documents: CitableDocument[];
  correcting?: {
    updateId: string;
    status: string;
    note: string | null;
    reportedOn: string;
    paragraphId?: string;
    quote?: string | null;
  };
};

// Recording a status update, or (with `correcting`) the correction of a mistaken one.
export function StatusForm({ pledge, meeting, documents, correcting }: Props) {
  const t = useTranslations("review.statusForm");
  const ts = useTranslations("status");
  const { state, pending, onSubmit, errors } = useActionForm(correcting ? correctStatusUpdate : recordStatusUpdate);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <input type="hidden" name="pledgeId" value={pledge.id} />
      <input type="hidden" name="version" value={pledge.version} />
      {meeting && <input type="hidden" name="meetingId" value={meeting.id} />}
      {correcting && <input type="hidden" name="updateId" value={correcting.updateId} />}
      <div className="form-grid">
        <Field label={t("status")} name="status" errors={errors("status")}>
          {(p) => (
            <select {...p} defaultValue={correcting?.status ?? ""} required>
              <option value="">{t("choose")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s} title={ts(`meaning.${s}`)}>
                  {ts(`label.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {meeting ? (
          <p className="small">
            {t.rich("reportedAt", { meeting: meeting.title, strong: (chunks) => <strong>{chunks}</strong> })}
            {errors("meetingId") && <span className="field-error"> {errors("meetingId")!.join(" ")}</span>}
          </p>
        ) : (
          <Field label={t("reportedOn")} name="reportedOn" errors={errors("reportedOn") ?? errors("meetingId")}>
            {(p) => <input {...p} type="date" defaultValue={correcting?.reportedOn} required />}
          </Field>
        )}
      </div>
      <CitationPicker
        documents={documents}
        initial={{ paragraphId: correcting?.paragraphId, quote: correcting?.quote }}
        errors={errors}
      />
      <Field label={t("note")} name="note" errors={errors("note")} hint={t("noteHint")}>
        {(p) => <textarea {...p} rows={2} defaultValue={correcting?.note ?? ""} maxLength={2000} className="wide" />}
      </Field>
      {correcting && (
        <Field label={t("reason")} name="reason" errors={errors("reason")}>
          {(p) => <textarea {...p} rows={2} required maxLength={1000} className="wide" />}
        </Field>
      )}
      {errors("updateId") && <p className="field-error">{errors("updateId")!.join(" ")}</p>}
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : correcting ? t("recordCorrection") : t("record")}
      </button>
    </form>
  );
}
