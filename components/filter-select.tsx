// One labelled <select> of a GET filter form: an optional "any" choice, then the options.
export function FilterSelect({
  label,
  name,
  value,
  any,
  options,
  omitWhen,
}: {
  label: string;
  name: string;
  value?: string;
  // The label of the empty choice ("All areas", "Any"); omitted when a choice is required.
  any?: string;
  // `lang`: the label's language where it is not the page's (an English name on a Japanese page).
  options: { value: string; label: string; lang?: string }[];
  // The value the page assumes when the parameter is absent: left out of the URL.
  omitWhen?: string;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""} data-omit-when={omitWhen}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export const toOptions = <T extends { id: string; name: string; lang?: string }>(xs: T[]) =>
  xs.map((x) => ({ value: x.id, label: x.name, lang: x.lang }));
