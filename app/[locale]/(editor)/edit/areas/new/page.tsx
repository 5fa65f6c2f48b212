import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { NewAreaForm } from "@/components/editor/area-form";

export const metadata: Metadata = { title: "Add an area" };

export default async function NewAreaPage() {
  await requireRole("admin", "/edit/areas/new");
  return (
    <>
      <p className="small">
        <Link href="/edit/areas">← Areas</Link>
      </p>
      <h1>Add an area</h1>
      <p className="lead">A new cooperation area goes last in the taxonomy; edit it afterwards to move it.</p>
      <NewAreaForm />
    </>
  );
}
