"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { slugify } from "@/lib/domain/slug";
import { Field } from "./field";

// The name of a new dialogue or area and its id, which shows the id the server will derive
// from the name while it is left empty. The id is permanent (it is in URLs), so it is only
// asked for at creation.
export function NameIdFields({
  errors,
  nameHint,
  idExample,
}: {
  errors: (name: string) => string[] | undefined;
  nameHint: string;
  idExample: string;
}) {
  const t = useTranslations("editor.nameId");
  const [derived, setDerived] = useState("");
  return (
    <>
      <Field label={t("name")} name="name" errors={errors("name")} hint={nameHint}>
        {(p) => (
          <input
            {...p}
            type="text"
            required
            maxLength={200}
            className="wide"
            onChange={(e) => setDerived(slugify(e.target.value))}
          />
        )}
      </Field>
      <Field label={t("id")} name="slug" errors={errors("slug")} hint={t("idHint", { example: idExample })}>
        {(p) => (
          <input
            {...p}
            type="text"
            maxLength={80}
            placeholder={derived || idExample}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            autoComplete="off"
          />
        )}
      </Field>
    </>
  );
}
