import "server-only";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { messagesFor } from "./messages";
import { routing, type Locale } from "./routing";

// The language of the words a server action sends back to its form. A form posts to its page's
// address (/ja/...), where next-intl knows the language. Integration tests call actions without
// a request, where next-intl/server cannot answer: they get English.
export async function actionLocale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    return routing.defaultLocale;
  }
}

// For createTranslator({ ...(await actionCatalogue()), namespace }).
export async function actionCatalogue() {
  const locale = await actionLocale();
  return { locale, messages: messagesFor(locale) };
}

// The messages the editors' save actions answer with (messages/*/editor.json "action").
export async function editorActionWords() {
  return createTranslator({ ...(await actionCatalogue()), namespace: "editor.action" });
}
