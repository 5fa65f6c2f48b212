import Link from "next/link";

export default function PledgeNotFound() {
  return (
    <div className="panel empty">
      <title>Pledge not found · Pledge tracker</title>
      <h1>Pledge not found</h1>
      <p>No pledge has this id. It may have been mistyped.</p>
      <p>
        <Link href="/pledges">Browse all pledges</Link>
      </p>
    </div>
  );
}
