import { defineRouting } from "next-intl/routing";

// The language is always in the URL (/en/..., /ja/...), so a shared link opens in the language
// it was copied in. A path without one is sent to the reader's language: the cookie of their
// last choice, else Accept-Language, else English.
export const routing = defineRouting({
  locales: ["en", "ja"],
  defaultLocale: "en",
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];
