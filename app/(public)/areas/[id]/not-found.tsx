import Link from "next/link";

export default function AreaNotFound() {
  return (
    <div className="panel empty">
      <title>Area not found · Pledge tracker</title>
      <h1>Area not found</h1>
      <p>
        No cooperation area has this id. <Link href="/areas">See all areas</Link>.
      </p>
    </div>
  );
}
