"use client";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

const NAMES = { en: "English", ja: "日本語" } as const;

// The same page, filters and all, in the other language.
export function LanguageSwitch() {
  const t = useTranslations("nav");
  const current = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <nav aria-label={t("language")} className="language-switch">
      <ul className="nav-list">
        {routing.locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {NAMES[locale]}
              </span>
            ) : (
              <Link href={href} locale={locale} lang={locale} hrefLang={locale}>
                {NAMES[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
