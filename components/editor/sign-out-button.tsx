"use client";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";

// Back to the home page in the language the reader was using.
export function SignOutButton() {
  const t = useTranslations("auth.menu");
  const locale = useLocale();
  return (
    <button type="button" className="link-button" onClick={() => void signOut({ callbackUrl: `/${locale}` })}>
      {t("signOut")}
    </button>
  );
}
