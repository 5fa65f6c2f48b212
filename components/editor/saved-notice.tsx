"use client";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";

const MESSAGES: Record<string, string> = {
  meeting: "Meeting saved.",
  document: "Source document saved.",
  pledge: "Pledge saved.",
  status: "Status update recorded.",
  correction: "Correction recorded.",
  review: "Meeting review saved.",
  reviewed: "Meeting marked as reviewed.",
  dialogue: "Dialogue saved.",
  area: "Area saved.",
};

// The confirmation after an editor form redirected here (?saved=...). It takes the focus, as
// the form's own message does, so the save is the first thing a keyboard user meets.
export function SavedNotice() {
  const saved = useSearchParams().get("saved");
  const message = saved ? MESSAGES[saved] : undefined;
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <p ref={ref} tabIndex={-1} className="notice notice-ok" role="status" data-testid="saved-notice">
      {message}
    </p>
  );
}
