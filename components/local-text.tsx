import { useTranslations } from "next-intl";
import type { LocalText } from "@/lib/i18n/names";

// A name or title chosen by lib/i18n/names.ts, marked with its language where it is not the
// reader's (the English one on a Japanese page, where the data has no Japanese one).
export function Local({ value }: { value: LocalText }) {
  return value.lang ? <span lang={value.lang}>{value.text}</span> : <>{value.text}</>;
}

// Text that stays in the language of its source (a quote, a paragraph, an English document's
// title, a publisher's or a participant's name): marked, so a Japanese page reads it as such.
export function Verbatim({ lang, children }: { lang?: string | null; children: React.ReactNode }) {
  return <span lang={lang ?? "en"}>{children}</span>;
}

// Says that the Japanese titles shown are our wording, not the source's: beside a page's title
// ("title") or under a list ("list"). Shown only when a Japanese title is (never in English).
export function OurTitlesNote({ shown, kind = "list" }: { shown: boolean; kind?: "title" | "list" }) {
  const t = useTranslations("common.ourTitles");
  if (!shown) return null;
  return (
    <p className="muted small" data-testid="our-titles">
      {kind === "title" ? t("title") : t("list")}
    </p>
  );
}
