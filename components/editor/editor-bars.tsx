import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Suspense } from "react";
import { currentUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { SavedNotice } from "./saved-notice";

// Editing controls on the public pages, rendered only for editors and admins (the actions
// behind them check the role again on the server).

async function isEditor(): Promise<boolean> {
  const user = await currentUser();
  return !!user && hasRole(user.role, "editor");
}

export async function PledgeEditorBar({ pledgeId }: { pledgeId: string }) {
  if (!(await isEditor())) return null;
  const t = await getTranslations("editor.bars");
  return (
    <>
      <Suspense>
        <SavedNotice />
      </Suspense>
      <nav className="editor-bar" aria-label={t("pledge")} data-testid="editor-bar">
        <Link className="button" href={`/edit/pledges/${pledgeId}/status`}>
          {t("recordStatus")}
        </Link>
        <Link className="button secondary" href={`/edit/pledges/${pledgeId}`}>
          {t("editPledge")}
        </Link>
        <Link className="button secondary" href={`/edit/audit?entity=pledge&entityId=${encodeURIComponent(pledgeId)}`}>
          {t("audit")}
        </Link>
      </nav>
    </>
  );
}

export async function CorrectUpdateLink({ updateId, superseded }: { updateId: string; superseded: boolean }) {
  if (superseded || !(await isEditor())) return null;
  const t = await getTranslations("editor.bars");
  return (
    <div className="small">
      <Link href={`/edit/updates/${updateId}/correct`}>{t("correctUpdate")}</Link>
    </div>
  );
}

export async function MeetingEditorBar({ meetingId }: { meetingId: string }) {
  if (!(await isEditor())) return null;
  const t = await getTranslations("editor.bars");
  return (
    <>
      <Suspense>
        <SavedNotice />
      </Suspense>
      <nav className="editor-bar" aria-label={t("meeting")} data-testid="editor-bar">
        <Link className="button" href={`/edit/meetings/${meetingId}/review`}>
          {t("review")}
        </Link>
        <Link className="button secondary" href={`/edit/pledges/new?meeting=${encodeURIComponent(meetingId)}`}>
          {t("addPledge")}
        </Link>
        <Link className="button secondary" href={`/edit/meetings/${meetingId}`}>
          {t("editDetails")}
        </Link>
        <Link className="button secondary" href={`/edit/meetings/${meetingId}/document`}>
          {t("addDocument")}
        </Link>
      </nav>
    </>
  );
}
