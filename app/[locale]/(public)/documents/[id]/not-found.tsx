import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { title: "Document not found" };

export default function DocumentNotFound() {
  return (
    <div className="panel empty">
      <h1>Document not found</h1>
      <p>
        No source document has this id. <Link href="/meetings">See the meetings and their documents</Link>.
      </p>
    </div>
  );
}
