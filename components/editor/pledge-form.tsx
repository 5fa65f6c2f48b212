"use client";
import { createPledge, updatePledge } from "@/lib/actions/pledges/actions";
import type { CitableDocument } from "@/lib/data/documents";
import { SIDES, sideLabel } from "@/lib/domain/status";
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
  areas: { id: string; name: string }[];
  predecessors: { id: string; title: string }[];
  documents: CitableDocument[];
  pledge?: PledgeValues;
};

// Adding (no `pledge`) or editing a pledge; the citation comes from the meeting's statement.
export function PledgeForm({ meeting, partnerCountry, areas, predecessors, documents, pledge }: Props) {
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
        <Field
          label="Short title"
          name="title"
          errors={errors("title")}
          hint="e.g. “Joint New Air-to-Air Missile research”"
        >
          {(p) => <input {...p} type="text" defaultValue={v.title} required maxLength={200} className="wide" />}
        </Field>
        <Field label="Area" name="areaId" errors={errors("areaId")}>
          {(p) => (
            <select {...p} defaultValue={v.areaId ?? ""} required>
              <option value="">Choose an area…</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Undertaken by" name="side" errors={errors("side")}>
          {(p) => (
            <select {...p} defaultValue={v.side ?? "both"}>
              {SIDES.map((s) => (
                <option key={s} value={s}>
                  {sideLabel(s, partnerCountry)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Target date"
          name="targetDate"
          errors={errors("targetDate")}
          hint="Only if the statement gives one"
        >
          {(p) => <input {...p} type="date" defaultValue={v.targetDate ?? ""} />}
        </Field>
        <Field label="Tags" name="tags" errors={errors("tags")} hint="Comma-separated, e.g. JNAAM, Meteor">
          {(p) => <input {...p} type="text" defaultValue={(v.tags ?? []).join(", ")} maxLength={500} />}
        </Field>
        <Field label="Continues an earlier pledge" name="predecessorId" errors={errors("predecessorId")}>
          {(p) => (
            <select {...p} defaultValue={v.predecessorId ?? ""}>
              <option value="">None</option>
              {predecessors.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="How it relates"
          name="predecessorLink"
          errors={errors("predecessorLink")}
          hint="Supersedes: the same aim restated with a new target. The earlier pledge is then closed as dropped at this meeting, citing this quote, and the figures count the two once."
        >
          {(p) => (
            <select {...p} defaultValue={v.predecessorLink ?? ""}>
              <option value="">—</option>
              <option value="continues">Continues it</option>
              <option value="supersedes">Supersedes it</option>
            </select>
          )}
        </Field>
      </div>
      <Field
        label="What was pledged"
        name="text"
        errors={errors("text")}
        hint="The commitment in full, in the statement's words where possible"
      >
        {(p) => <textarea {...p} rows={4} defaultValue={v.text} required className="wide" />}
      </Field>
      <CitationPicker
        documents={documents}
        initial={{ paragraphId: v.paragraphId, quote: v.quote }}
        errors={errors}
        legend={`Where ${meeting.title} states it`}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : editing ? "Save changes" : "Save pledge"}
      </button>
    </form>
  );
}
