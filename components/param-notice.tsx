import { useTranslations } from "next-intl";
import { problemLines, type ParamProblem } from "@/lib/validation/search-params";

// Says which parts of the address a page could not use and has ignored (the page is shown
// without them), so a mistyped or tampered link explains itself instead of failing.
export function ParamNotice({ problems }: { problems: ParamProblem[] }) {
  const t = useTranslations("common");
  if (!problems.length) return null;
  return (
    <div className="notice notice-error" role="status" data-testid="param-notice">
      <p>{t("paramNotice")}</p>
      <ul>
        {problemLines(problems).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
