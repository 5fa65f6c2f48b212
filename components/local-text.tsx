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

// Runs of two or more Latin-script words inside Japanese text ("The Rt Hon Dominic Raab MP").
const LATIN_RUN = /[A-Za-z][\w.'’()-]*(?:[ \t,]+[A-Za-z0-9][\w.'’()-]*)+/g;

// A verbatim text in its language (`lang`, "en" or "ja"): in a Japanese text, the English names
// and titles it quotes are marked as English, so that they are read as such.
export function VerbatimText({ text, lang }: { text: string; lang: string }) {
  if (lang !== "ja") return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    parts.push(text.slice(at, match.index));
    parts.push(
      <span lang="en" key={match.index}>
        {match[0]}
      </span>,
    );
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
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
