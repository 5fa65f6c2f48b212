"use client";
import { useSearchParams } from "next/navigation";

const MESSAGES: Record<string, string> = {
  meeting: "Meeting saved.",
  document: "Source document saved.",
  pledge: "Pledge saved.",
  status: "Status update recorded.",
  correction: "Correction recorded.",
  review: "Meeting review saved.",
  dialogue: "Dialogue saved.",
  area: "Area saved.",
};

// The confirmation after an editor form redirected here (?saved=...).
export function SavedNotice() {
  const saved = useSearchParams().get("saved");
  const message = saved ? MESSAGES[saved] : undefined;
  if (!message) return null;
  return (
    <p className="notice notice-ok" role="status" data-testid="saved-notice">
      {message}
    </p>
  );
}
