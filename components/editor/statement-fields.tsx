"use client";
import { useMemo, useState } from "react";
import { parseStatement } from "@/lib/domain/statement-parser";
import { Field } from "./field";

// The source document: its details and the pasted statement, split into numbered
// paragraphs for the editor to check before saving. `onConfirmed` tells the form whether
// the preview shown is of the text as it stands (the save button waits for that).
export function StatementFields({
  errors,
  onConfirmed,
}: {
  errors: (name: string) => string[] | undefined;
  onConfirmed: (confirmed: boolean) => void;
}) {
  const [text, setText] = useState("");
  const [previewed, setPreviewed] = useState<string | null>(null);
  const paragraphs = useMemo(() => (previewed === null ? [] : parseStatement(previewed)), [previewed]);
  const stale = previewed !== null && previewed !== text;

  return (
    <fieldset>
      <legend>Source document</legend>
      <div className="form-grid">
        <Field
          label="Document title"
          name="documentTitle"
          errors={errors("documentTitle")}
          hint="e.g. “Joint Statement: Fifth Japan-UK Foreign and Defence Ministers’ Meeting”"
        >
          {(p) => <input {...p} type="text" required maxLength={200} className="wide" />}
        </Field>
        <Field label="Publisher" name="publisher" errors={errors("publisher")}>
          {(p) => (
            <input {...p} type="text" required maxLength={200} defaultValue="Ministry of Foreign Affairs of Japan" />
          )}
        </Field>
        <Field label="Published on" name="publishedOn" errors={errors("publishedOn")}>
          {(p) => <input {...p} type="date" />}
        </Field>
        <Field label="Web address" name="url" errors={errors("url")}>
          {(p) => <input {...p} type="url" placeholder="https://" className="wide" />}
        </Field>
      </div>
      <Field
        label="Statement text"
        name="statement"
        errors={errors("statement")}
        hint="Paste the whole statement. Numbered paragraphs (“1.”, “(1)”, “2(1)”) and bullets are recognised; other paragraphs are numbered ¶1, ¶2…"
      >
        {(p) => (
          <textarea
            {...p}
            rows={12}
            className="wide"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              onConfirmed(previewed === e.target.value);
            }}
            required
          />
        )}
      </Field>
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setPreviewed(text);
            onConfirmed(parseStatement(text).length > 0);
          }}
        >
          Preview paragraphs
        </button>
      </p>
      {previewed !== null && (
        <section className="panel preview" aria-label="Paragraph preview" data-testid="paragraph-preview">
          {stale && <p className="error-text">The text changed since this preview: preview again before saving.</p>}
          <p>
            <strong>{paragraphs.length}</strong> paragraph{paragraphs.length === 1 ? "" : "s"} found. Check the
            numbering, then save.
          </p>
          <ol className="paragraphs">
            {paragraphs.map((p) => (
              <li key={p.position}>
                <span className="para-label">{p.label}</span>
                <span>{p.text}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </fieldset>
  );
}
