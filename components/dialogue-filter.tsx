import { useTranslations } from "next-intl";

// A plain GET form choosing the dialogue, so the view is in the URL and works without script.
export function DialogueFilter({
  dialogues,
  selected,
  allowAll = true,
}: {
  dialogues: { id: string; name: string; pledges: number }[];
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
            <option key={d.id} value={d.id}>
              {d.name} ({d.pledges})
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t("show")}</button>
    </form>
  );
}
