"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { addDocument, createMeeting, updateMeeting } from "@/lib/actions/meetings/actions";
import { FormMessage } from "./form-message";
import { MeetingFields, type MeetingValues } from "./meeting-fields";
import { StatementFields } from "./statement-fields";
import { useActionForm } from "./use-action-form";

// A new meeting together with its pasted statement (previewed and confirmed before saving).
export function NewMeetingForm({ dialogues }: { dialogues: { id: string; name: string }[] }) {
  const t = useTranslations("editor");
  const { state, pending, onSubmit, errors } = useActionForm(createMeeting);
  const [confirmed, setConfirmed] = useState(false);
  // A meeting known to have been held can be recorded before (or without) its statement.
  const [withoutStatement, setWithoutStatement] = useState(false);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <fieldset>
        <legend>{t("meetingForm.meeting")}</legend>
        <MeetingFields dialogues={dialogues} errors={errors} />
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          name="withoutStatement"
          checked={withoutStatement}
          onChange={(e) => setWithoutStatement(e.target.checked)}
        />{" "}
        {t("meetingForm.withoutStatement")}
      </label>
      {!withoutStatement && <StatementFields errors={errors} onConfirmed={setConfirmed} />}
      <button type="submit" disabled={pending || (!withoutStatement && !confirmed)}>
        {pending ? t("saving") : withoutStatement ? t("meetingForm.save") : t("meetingForm.saveWithParagraphs")}
      </button>
      {!withoutStatement && !confirmed && <span className="muted small"> {t("meetingForm.previewFirst")}</span>}
    </form>
  );
}

// Editing a meeting's details; the version makes a save over someone else's fail loudly.
export function EditMeetingForm({ meeting }: { meeting: MeetingValues & { id: string; version: number } }) {
  const t = useTranslations("editor");
  const { state, pending, onSubmit, errors } = useActionForm(updateMeeting);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meeting.id} />
      <input type="hidden" name="version" value={meeting.version} />
      <MeetingFields values={meeting} errors={errors} />
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("saveChanges")}
      </button>
    </form>
  );
}

// Another source document for an existing meeting.
export function AddDocumentForm({ meetingId }: { meetingId: string }) {
  const t = useTranslations("editor");
  const { state, pending, onSubmit, errors } = useActionForm(addDocument);
  const [confirmed, setConfirmed] = useState(false);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <StatementFields errors={errors} onConfirmed={setConfirmed} />
      <button type="submit" disabled={pending || !confirmed}>
        {pending ? t("saving") : t("meetingForm.saveDocument")}
      </button>
    </form>
  );
}
