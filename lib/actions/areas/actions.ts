"use server";
import "server-only";
import { editorActionWords } from "@/lib/i18n/action-locale";
import { ZCreateArea, ZUpdateArea } from "@/lib/validation/areas";
import { adminAction, type ActionContext } from "@/lib/actions/core/action";
import { lockAreaOrder, nextAreaPosition, planAreaMove, type AreaShift } from "./order";
import { NotFoundError, StaleVersionError, uniqueAs } from "@/lib/actions/core/errors";
import { areaSnapshot } from "@/lib/data/areas";

// The cooperation-area taxonomy (admins): add an area, rename, describe or move one. Never
// deleted: pledges refer to their area.

// A new area, last in the taxonomy; its id is its slug ("maritime-security").
export const createArea = adminAction(ZCreateArea, async (input, { tx, audit }) => {
  await lockAreaOrder(tx);
  const data = {
    id: input.slug,
    slug: input.slug,
    name: input.name,
    description: input.description ?? null,
    position: await nextAreaPosition(tx),
  };
  await uniqueAs(tx.area.create({ data, select: { id: true } }), "slug", "An area with this id already exists");
  await audit({
    action: "area.create",
    entityType: "area",
    entityId: input.slug,
    entityLabel: input.name,
    after: await areaSnapshot(tx, input.slug),
  });
  return {
    data: { areaId: input.slug },
    message: (await editorActionWords())("areaCreated", { name: input.name }),
    redirectTo: "/edit/areas?saved=area",
  };
});

// Edits an area and puts it at `position`; refused if someone else saved it since the form
// was opened. The areas it passes move by one, each with its own version bump and audit
// event, so a form opened on one of them before the move is refused rather than undoing it.
export const updateArea = adminAction(ZUpdateArea, async (input, ctx) => {
  const { tx, audit } = ctx;
  await lockAreaOrder(tx);
  const before = await areaSnapshot(tx, input.areaId);
  if (!before) throw new NotFoundError("This area");
  const plan = await planAreaMove(tx, input.areaId, input.position);
  const { count } = await tx.area.updateMany({
    where: { id: input.areaId, version: input.version },
    data: {
      name: input.name,
      description: input.description ?? null,
      position: plan.position,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new StaleVersionError("area", input.areaId, input.version, "This area");
  const after = await areaSnapshot(tx, input.areaId);
  await audit({
    action: "area.update",
    entityType: "area",
    entityId: input.areaId,
    entityLabel: input.name,
    before,
    after,
  });
  for (const shift of plan.shifts) await shiftArea(ctx, shift);
  return {
    data: { areaId: input.areaId, position: plan.position },
    message: (await editorActionWords())("areaUpdated"),
    redirectTo: "/edit/areas?saved=area",
  };
});

async function shiftArea({ tx, audit }: ActionContext, shift: AreaShift) {
  const before = await areaSnapshot(tx, shift.id);
  await tx.area.update({
    where: { id: shift.id },
    data: { position: shift.to, version: { increment: 1 } },
    select: { id: true },
  });
  const after = await areaSnapshot(tx, shift.id);
  await audit({
    action: "area.reorder",
    entityType: "area",
    entityId: shift.id,
    entityLabel: after?.name,
    before,
    after,
  });
}
