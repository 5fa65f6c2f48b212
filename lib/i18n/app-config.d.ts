import type { Messages } from "./messages";
import type { Locale } from "./routing";

// Typed keys: a t("…") call with a key that is not in the English catalogue does not compile.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
