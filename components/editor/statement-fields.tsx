"use client";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { parseStatement } from "@/lib/domain/statement-parser";
import { withoutPageFurniture, type DocumentMeta } from "@/lib/domain/page-furniture";
import { Field } from "./field";

// The source document: its details and the pasted statement, split into numbered
// paragraphs for the editor to check before saving. `onConfirmed` tells the form whether
// the preview shown is of the text as it stands (the save button waits for that).
// An address field's placeholder is the start of a URL, the same in every language.
const URL_START = "https://";
const DEFAULT_PUBLISHER = "Ministry of Foreign Affairs of Japan";

// The paragraphs the server will store: parsed, then page furniture dropped by the same rule,
// with the document's title and publisher as typed (a line repeating them is furniture).
const storedParagraphs = (text: string, meta: DocumentMeta) => withoutPageFurniture(parseStatement(text), meta);

export function StatementFields({
  errors,
  onConfirmed,
}: {
  errors: (name: string) => string[] | undefined;
  onConfirmed: (confirmed: boolean) => void;
}) {
  const t = useTranslations("intake.statement");
  const [text, setText] = useState("");
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [meta, setMeta] = useState<DocumentMeta>({ title: "", publisher: DEFAULT_PUBLISHER });
  const paragraphs = useMemo(() => (previewed === null ? [] : storedParagraphs(previewed, meta)), [previewed, meta]);
  const stale = previewed !== null && previewed !== text;

  return (
    <fieldset
      onChange={(e) => {
        // The title and publisher as typed: a line repeating them is furniture, as on the server.
        const input: EventTarget = e.target;
        if (!(input instanceof HTMLInputElement)) return;
        if (input.name === "documentTitle") setMeta((m) => ({ ...m, title: input.value }));
        if (input.name === "publisher") setMeta((m) => ({ ...m, publisher: input.value }));
      }}
    >
      <legend>{t("legend")}</legend>
      <div className="form-grid">
        <Field
          label={t("documentTitle")}
          name="documentTitle"
          errors={errors("documentTitle")}
          hint={t("documentTitleHint")}
        >
          {(p) => <input {...p} type="text" required maxLength={200} className="wide" />}
        </Field>
        <Field label={t("publisher")} name="publisher" errors={errors("publisher")}>
          {(p) => <input {...p} type="text" required maxLength={200} defaultValue={DEFAULT_PUBLISHER} />}
        </Field>
        <Field label={t("publishedOn")} name="publishedOn" errors={errors("publishedOn")}>
          {(p) => <input {...p} type="date" />}
        </Field>
        <Field label={t("url")} name="url" errors={errors("url")}>
          {(p) => <input {...p} type="url" placeholder={URL_START} className="wide" />}
        </Field>
      </div>
      <Field label={t("text")} name="statement" errors={errors("statement")} hint={t("textHint")}>
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
            onConfirmed(storedParagraphs(text, meta).length > 0);
          }}
        >
          {t("preview")}
        </button>
      </p>
      {previewed !== null && (
        <section className="panel preview" aria-label={t("previewLabel")} data-testid="paragraph-preview">
          {stale && <p className="error-text">{t("stale")}</p>}
          <p>{t.rich("found", { count: paragraphs.length, strong: (chunks) => <strong>{chunks}</strong> })}</p>
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
