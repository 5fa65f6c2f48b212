"use client";
import { useTranslations } from "next-intl";
import { setPledgeAliases } from "@/lib/actions/aliases/actions";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

// The names a later statement may use for this pledge, one per line; the statement intake
// matches them (acronyms as whole words, names by trigram similarity).
export function AliasForm({ pledgeId, version, aliases }: { pledgeId: string; version: number; aliases: string[] }) {
  const t = useTranslations("editor");
  const { state, pending, onSubmit, errors } = useActionForm(setPledgeAliases);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form" aria-labelledby="aliases-heading">
      <h2 id="aliases-heading">{t("aliases.title")}</h2>
      <FormMessage state={state} />
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="version" value={version} />
      <Field label={t("aliases.label")} name="aliases" errors={errors("aliases")} hint={t("aliases.hint")}>
        {(p) => <textarea {...p} rows={4} defaultValue={aliases.join("\n")} className="wide" />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("aliases.save")}
      </button>
    </form>
  );
}
