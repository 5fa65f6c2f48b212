import { useTranslations } from "next-intl";

// A plain GET form choosing the dialogue, so the view is in the URL and works without script.
export function DialogueFilter({
  dialogues,
  selected,
  allowAll = true,
}: {
  // `name` in the reader's language (lib/i18n/names.ts withLocalNames), `lang` where it is not.
  dialogues: { id: string; name: string; lang?: string; pledges: number }[];
  selected?: string;
  allowAll?: boolean;
}) {
  const t = useTranslations("filters.dialogue");
  return (
    <form method="get" className="filters" aria-label={t("formLabel")}>
      <label>
        {t("label")}
        <select name="dialogue" defaultValue={selected ?? ""}>
          {allowAll && <option value="">{t("all")}</option>}
          {dialogues.map((d) => (
            <option key={d.id} value={d.id} lang={d.lang}>
              {d.name} ({d.pledges})
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t("show")}</button>
    </form>
  );
}
