import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { title: "Pledge not found" };

export default function PledgeNotFound() {
  return (
    <div className="panel empty">
      <h1>Pledge not found</h1>
      <p>No pledge has this id. It may have been mistyped.</p>
      <p>
        <Link href="/pledges">Browse all pledges</Link>
      </p>
    </div>
  );
}
