import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { title: "Area not found" };

export default function AreaNotFound() {
  return (
    <div className="panel empty">
      <h1>Area not found</h1>
      <p>
        No cooperation area has this id. <Link href="/areas">See all areas</Link>.
      </p>
    </div>
  );
}
