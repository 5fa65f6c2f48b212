import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="panel empty">
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been mistyped, or the record no longer exists.</p>
      <p>
        <Link href="/pledges">Browse all pledges</Link> or go to the <Link href="/">dashboard</Link>.
      </p>
    </div>
  );
}
