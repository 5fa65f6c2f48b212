"use client";
import { useTranslations } from "next-intl";

// Opens the browser's print dialog; the print stylesheet turns the page into the briefing paper.
export function PrintButton() {
  const t = useTranslations("briefing.page");
  return (
    <button type="button" className="secondary" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
