import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getAreaForEdit } from "@/lib/data/areas";
import { EditAreaForm } from "@/components/editor/area-form";
import { pathId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "Edit area" };

type Props = { params: Promise<{ id: string }> };

export default async function EditAreaPage({ params }: Props) {
  const id = pathId((await params).id) ?? notFound();
  await requireRole("admin", `/edit/areas/${id}`);
  const area = await getAreaForEdit(id);
  if (!area) notFound();
  return (
    <>
      <p className="small">
        <Link href="/edit/areas">← Areas</Link>
      </p>
      <h1>Edit area</h1>
      <p className="lead">
        Its id, <code>{area.id}</code>, stays as it is: addresses and API filters use it.
      </p>
      <EditAreaForm area={area} />
    </>
  );
}
