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
  return (
    <>
      <Suspense>
        <SavedNotice />
      </Suspense>
      <nav className="editor-bar" aria-label="Edit this pledge" data-testid="editor-bar">
        <Link className="button" href={`/edit/pledges/${pledgeId}/status`}>
          Record a status update
        </Link>
        <Link className="button secondary" href={`/edit/pledges/${pledgeId}`}>
          Edit pledge
        </Link>
        <Link className="button secondary" href={`/edit/audit?entity=pledge&entityId=${encodeURIComponent(pledgeId)}`}>
          Audit trail
        </Link>
      </nav>
    </>
  );
}

export async function CorrectUpdateLink({ updateId, superseded }: { updateId: string; superseded: boolean }) {
  if (superseded || !(await isEditor())) return null;
  return (
    <div className="small">
      <Link href={`/edit/updates/${updateId}/correct`}>Correct this update</Link>
    </div>
  );
}

export async function MeetingEditorBar({ meetingId }: { meetingId: string }) {
  if (!(await isEditor())) return null;
  return (
    <>
      <Suspense>
        <SavedNotice />
      </Suspense>
      <nav className="editor-bar" aria-label="Edit this meeting" data-testid="editor-bar">
        <Link className="button" href={`/edit/meetings/${meetingId}/review`}>
          Review this meeting
        </Link>
        <Link className="button secondary" href={`/edit/pledges/new?meeting=${encodeURIComponent(meetingId)}`}>
          Add a pledge made here
        </Link>
        <Link className="button secondary" href={`/edit/meetings/${meetingId}`}>
          Edit details
        </Link>
        <Link className="button secondary" href={`/edit/meetings/${meetingId}/document`}>
          Add a source document
        </Link>
      </nav>
    </>
  );
}
