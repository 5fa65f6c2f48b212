import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { title: "Meeting not found" };

export default function MeetingNotFound() {
  return (
    <div className="panel empty">
      <h1>Meeting not found</h1>
      <p>
        No meeting has this id. <Link href="/meetings">See all meetings</Link>.
      </p>
    </div>
  );
}
