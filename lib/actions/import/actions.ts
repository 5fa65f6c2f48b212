"use server";
import "server-only";
import { z } from "zod";
import { checkRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadImportContext } from "@/lib/import-export/context";
import { parsePledgeCsv } from "@/lib/import-export/csv";
import { planImport, type ImportPlan } from "@/lib/import-export/plan";
import { editorAction } from "@/lib/actions/core/action";
import { ActionError } from "@/lib/actions/core/errors";
import { applyRow } from "./apply-row";
import { failure, type ActionResult, type ActionState } from "@/lib/actions/core/result";

// Importing the pledges CSV: a dry run that changes nothing, then the apply step, which
// re-plans inside its transaction (the tracker may have changed in between) and writes every
// row or none, each with its audit event.

const MAX_IMPORT_BYTES = 3_000_000;
const TOO_BIG = `The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB: split it and import the parts one after another.`;

export type ImportPreview = { plan: ImportPlan; csv: string; fileName: string };

async function fileText(input: unknown): Promise<{ text: string; name: string } | string> {
  const file = input instanceof FormData ? input.get("file") : null;
  if (!(file instanceof File) || file.size === 0) return "Choose the CSV file to import.";
  if (file.size > MAX_IMPORT_BYTES) return TOO_BIG;
  return { text: await file.text(), name: file.name };
}

// The dry run: what the file would create and change, row by row. Editors only; writes nothing.
export async function previewPledgeImport(
  _prev: ActionState<ImportPreview>,
  input: unknown,
): Promise<ActionResult<ImportPreview>> {
  const allowed = await checkRole("editor");
  if (!allowed.ok)
    return failure(allowed.status, allowed.status === 401 ? "unauthenticated" : "forbidden", allowed.message);
  const file = await fileText(input);
  if (typeof file === "string") return failure(422, "invalid", file, { fieldErrors: { file: [file] } });
  const csv = parsePledgeCsv(file.text);
  const plan = planImport(csv, await loadImportContext(db, csv));
  const c = plan.counts;
  const message = plan.fileErrors.length
    ? "The file cannot be imported."
    : `${c.create} to create, ${c.update} to change, ${c.unchanged} unchanged, ${c.error} with errors.`;
  return { ok: true, message, data: { plan, csv: file.text, fileName: file.name } };
}

const ZPledgeImport = z.object({
  csv: z
    .string({ message: "Check the file again before applying it." })
    .min(1, "Check the file again before applying it.")
    .max(MAX_IMPORT_BYTES, TOO_BIG),
});

export const applyPledgeImport = editorAction(ZPledgeImport, async ({ csv }, ctx) => {
  const parsed = parsePledgeCsv(csv);
  const plan = planImport(parsed, await loadImportContext(ctx.tx, parsed));
  if (!plan.canApply) {
    const problems = [
      ...plan.fileErrors,
      ...plan.rows.filter((r) => r.action === "error").map((r) => `Row ${r.line}: ${r.errors.join(" ")}`),
    ];
    const message = problems.length
      ? "The file has problems (the tracker may have changed since the check). Nothing was imported."
      : "Nothing to import: every row already matches the tracker.";
    throw new ActionError(422, "invalid", message, problems.length ? { form: problems.slice(0, 20) } : {});
  }
  for (const row of plan.rows) {
    if (row.action !== "create" && row.action !== "update") continue;
    try {
      await applyRow(row, ctx);
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      const detail = Object.values(error.fieldErrors).flat().join(" ") || error.message;
      // A stale version keeps its own type, so the wrapper shows whose change came first.
      if (error.status === 409 && "entityId" in error) throw error;
      throw new ActionError(
        error.status,
        error.code,
        `Row ${row.line} (${row.title}): ${detail} Nothing was imported.`,
      );
    }
  }
  const { create, update, unchanged } = plan.counts;
  return {
    data: { created: create, updated: update, unchanged },
    message: `Imported: ${create} created, ${update} changed, ${unchanged} unchanged.`,
  };
});
