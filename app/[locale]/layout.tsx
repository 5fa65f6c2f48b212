import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import "./globals.css";
import "@/components/editor/editor.css";
import { UserMenu } from "@/components/editor/user-menu";
import { LanguageSwitch } from "@/components/language-switch";
import { NavigationProgress } from "@/components/navigation-progress";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "nav" });
  return {
    title: { default: t("brand"), template: t("titleTemplate", { page: "%s" }) },
    description: t("description"),
  };
}

// Every page reads live data from the database.
export const dynamic = "force-dynamic";

const NAV = [
  { href: "/", key: "dashboard" },
  { href: "/pledges", key: "pledges" },
  { href: "/meetings", key: "meetings" },
  { href: "/areas", key: "areas" },
  { href: "/matrix", key: "matrix" },
  { href: "/charts", key: "charts" },
  { href: "/briefing", key: "briefing" },
] as const;

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "nav" });
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={messages}>
          <Suspense fallback={null}>
            <NavigationProgress />
          </Suspense>
          <a className="skip-link" href="#main">
            {t("skip")}
          </a>
          <header className="site-header">
            <div className="container header-row">
              <Link href="/" className="brand">
                {t("brand")}
                <span className="brand-sub">{t("brandSub")}</span>
              </Link>
              <nav aria-label={t("main")}>
                <ul className="nav-list">
                  {NAV.map((item) => (
                    <li key={item.href}>
                      <Link href={item.href}>{t(item.key)}</Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <LanguageSwitch />
              <UserMenu />
            </div>
          </header>
          <main id="main" className="container" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer container">{t("footer")}</footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
