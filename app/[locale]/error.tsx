"use client";

import { useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE } from "@/lib/db/unavailable";

// Shown when a page fails to load; the retry re-renders the segment. A database that is down
// or restarting (lib/db/client.ts marks its errors) gets its own plain answer.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.error");
  const nav = useTranslations("nav");
  const unavailable = error.digest === DATABASE_UNAVAILABLE;
  return (
    <div className="panel empty" role="status" data-error={unavailable ? "database-unavailable" : "unexpected"}>
      <title>{nav("titleTemplate", { page: unavailable ? t("titleUnavailable") : t("titleUnexpected") })}</title>
      <h1>{unavailable ? t("headingUnavailable") : t("headingUnexpected")}</h1>
      {unavailable ? (
        <p>{t("unavailable")}</p>
      ) : (
        <p>{error.digest ? t("unexpectedWithReference", { digest: error.digest }) : t("unexpected")}</p>
      )}
      <button type="button" onClick={() => reset()}>
        {t("retry")}
      </button>
    </div>
  );
}
