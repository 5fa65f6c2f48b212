import Link from "next/link";

export default function MeetingNotFound() {
  return (
    <div className="panel empty">
      <title>Meeting not found · Pledge tracker</title>
      <h1>Meeting not found</h1>
      <p>
        No meeting has this id. <Link href="/meetings">See all meetings</Link>.
      </p>
    </div>
  );
}
