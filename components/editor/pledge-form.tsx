"use client";
import { createPledge, updatePledge } from "@/lib/actions/pledges/actions";
import type { CitableDocument } from "@/lib/data/documents";
import { useTranslations } from "next-intl";
import { SIDES } from "@/lib/domain/status";
import { CitationPicker } from "./citation-picker";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

type PledgeValues = {
  id?: string;
  version?: number;
  title?: string;
  text?: string;
  areaId?: string;
  side?: string;
  targetDate?: string | null;
  predecessorId?: string | null;
  predecessorLink?: string | null;
  tags?: string[];
  paragraphId?: string;
  quote?: string;
};

type Props = {
  meeting: { id: string; title: string };
  partnerCountry: string;
  // Named in the reader's language (lib/i18n/names.ts), `lang` where they are not.
  areas: { id: string; name: string; lang?: string }[];
  predecessors: { id: string; title: string; lang?: string }[];
  documents: CitableDocument[];
  pledge?: PledgeValues;
};

// Adding (no `pledge`) or editing a pledge; the citation comes from the meeting's statement.
export function PledgeForm({ meeting, partnerCountry, areas, predecessors, documents, pledge }: Props) {
  const t = useTranslations("editor");
  const tStatus = useTranslations("status");
  const editing = !!pledge?.id;
  const { state, pending, onSubmit, errors } = useActionForm(editing ? updatePledge : createPledge);
  const v = pledge ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meeting.id} />
      {editing && (
        <>
          <input type="hidden" name="pledgeId" value={v.id} />
          <input type="hidden" name="version" value={v.version} />
        </>
      )}
      <div className="form-grid">
        <Field label={t("pledgeForm.title")} name="title" errors={errors("title")} hint={t("pledgeForm.titleHint")}>
          {(p) => <input {...p} type="text" defaultValue={v.title} required maxLength={200} className="wide" />}
        </Field>
        <Field label={t("pledgeForm.area")} name="areaId" errors={errors("areaId")}>
          {(p) => (
            <select {...p} defaultValue={v.areaId ?? ""} required>
              <option value="">{t("pledgeForm.chooseArea")}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id} lang={a.lang}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("pledgeForm.side")} name="side" errors={errors("side")}>
          {(p) => (
            <select {...p} defaultValue={v.side ?? "both"}>
              {SIDES.map((s) => (
                <option key={s} value={s}>
                  {tStatus(`side.${s}`, { partner: partnerCountry })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("pledgeForm.targetDate")}
          name="targetDate"
          errors={errors("targetDate")}
          hint={t("pledgeForm.targetDateHint")}
        >
          {(p) => <input {...p} type="date" defaultValue={v.targetDate ?? ""} />}
        </Field>
        <Field label={t("pledgeForm.tags")} name="tags" errors={errors("tags")} hint={t("pledgeForm.tagsHint")}>
          {(p) => <input {...p} type="text" defaultValue={(v.tags ?? []).join(", ")} maxLength={500} />}
        </Field>
        <Field label={t("pledgeForm.predecessor")} name="predecessorId" errors={errors("predecessorId")}>
          {(p) => (
            <select {...p} defaultValue={v.predecessorId ?? ""}>
              <option value="">{t("pledgeForm.none")}</option>
              {predecessors.map((x) => (
                <option key={x.id} value={x.id} lang={x.lang}>
                  {x.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("pledgeForm.link")}
          name="predecessorLink"
          errors={errors("predecessorLink")}
          hint={t("pledgeForm.linkHint")}
        >
          {(p) => (
            <select {...p} defaultValue={v.predecessorLink ?? ""}>
              <option value="">—</option>
              <option value="continues">{t("pledgeForm.continues")}</option>
              <option value="supersedes">{t("pledgeForm.supersedes")}</option>
            </select>
          )}
        </Field>
      </div>
      <Field label={t("pledgeForm.text")} name="text" errors={errors("text")} hint={t("pledgeForm.textHint")}>
        {(p) => <textarea {...p} rows={4} defaultValue={v.text} required className="wide" />}
      </Field>
      <CitationPicker
        documents={documents}
        initial={{ paragraphId: v.paragraphId, quote: v.quote }}
        errors={errors}
        legend={t("pledgeForm.legend", { meeting: meeting.title })}
      />
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : editing ? t("saveChanges") : t("pledgeForm.save")}
      </button>
    </form>
  );
}
