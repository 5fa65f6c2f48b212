// Names and titles in the reader's language: the one place that chooses them.
//
// The data holds each dialogue's, area's, meeting's and pledge's English name and, beside it, a
// Japanese one (Dialogue.nameJa and partnerCountryJa, Area.nameJa, Meeting.titleJa,
// Pledge.titleJa; a meeting's or a pledge's Japanese title is our own wording, not a quote). A
// Japanese page shows the Japanese one where there is one, else the English one, which must then
// be marked lang="en" (put `lang` on the element that shows it); an English page shows the
// English one, always. Reads carry both names, even the cached aggregates, so nothing cached
// depends on the reader's language: the choice is made here, at render.

export type LocalText = {
  text: string;
  // The language of `text` when it is not the reader's (the English fallback on a Japanese page),
  // for the element that shows it; undefined when it is the reader's.
  lang?: "en";
  // True when `text` is the Japanese wording the data set gives (for a title: ours, not a quote).
  japanese: boolean;
};

export function localText(locale: string, english: string, japanese?: string | null): LocalText {
  if (locale === "ja" && japanese) return { text: japanese, japanese: true };
  return locale === "ja" ? { text: english, lang: "en", japanese: false } : { text: english, japanese: false };
}

// A dialogue's or an area's name ({ name, nameJa }).
export function localName(locale: string, named: { name: string; nameJa?: string | null }): LocalText {
  return localText(locale, named.name, named.nameJa);
}

// A meeting's or a pledge's title ({ title, titleJa }).
export function localTitle(locale: string, titled: { title: string; titleJa?: string | null }): LocalText {
  return localText(locale, titled.title, titled.titleJa);
}

// A dialogue's partner country ({ partnerCountry, partnerCountryJa }), as the side labels name it.
export function localPartner(
  locale: string,
  dialogue: { partnerCountry: string; partnerCountryJa?: string | null },
): LocalText {
  return localText(locale, dialogue.partnerCountry, dialogue.partnerCountryJa);
}

// A list's items with `name` (or `title`) in the reader's language, for pickers and filters that
// show a plain name: { ...item, name, lang }.
export function withLocalNames<T extends { name: string; nameJa?: string | null }>(locale: string, items: T[]) {
  return items.map((item) => {
    const { text, lang } = localName(locale, item);
    return { ...item, name: text, lang };
  });
}

export function withLocalTitles<T extends { title: string; titleJa?: string | null }>(locale: string, items: T[]) {
  return items.map((item) => {
    const { text, lang } = localTitle(locale, item);
    return { ...item, title: text, lang };
  });
}
