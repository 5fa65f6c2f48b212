"use server";
import "server-only";
import { createTranslator } from "next-intl";
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
import { actionCatalogue } from "@/lib/i18n/action-locale";

// Importing the pledges CSV: a dry run that changes nothing, then the apply step, which
// re-plans inside its transaction (the tracker may have changed in between) and writes every
// row or none, each with its audit event.

const MAX_IMPORT_BYTES = 3_000_000;
const MEGABYTES = MAX_IMPORT_BYTES / 1_000_000;
// The schema's own message, for a form that skipped the check (the check says it in the
// reader's language).
const TOO_BIG = `The file is larger than ${MEGABYTES} MB: split it and import the parts one after another.`;

const words = async () => createTranslator({ ...(await actionCatalogue()), namespace: "import.action" });
type Words = Awaited<ReturnType<typeof words>>;

export type ImportPreview = { plan: ImportPlan; csv: string; fileName: string };

async function fileText(input: unknown, t: Words): Promise<{ text: string; name: string } | string> {
  const file = input instanceof FormData ? input.get("file") : null;
  if (!(file instanceof File) || file.size === 0) return t("noFile");
  if (file.size > MAX_IMPORT_BYTES) return t("tooBig", { megabytes: MEGABYTES });
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
  const t = await words();
  const file = await fileText(input, t);
  if (typeof file === "string") return failure(422, "invalid", file, { fieldErrors: { file: [file] } });
  const csv = parsePledgeCsv(file.text);
  const plan = planImport(csv, await loadImportContext(db, csv));
  const c = plan.counts;
  const message = plan.fileErrors.length
    ? t("cannotImport")
    : t("summary", { create: c.create, update: c.update, unchanged: c.unchanged, error: c.error });
  return { ok: true, message, data: { plan, csv: file.text, fileName: file.name } };
}

const ZPledgeImport = z.object({
  csv: z
    .string({ message: "Check the file again before applying it." })
    .min(1, "Check the file again before applying it.")
    .max(MAX_IMPORT_BYTES, TOO_BIG),
});

export const applyPledgeImport = editorAction(ZPledgeImport, async ({ csv }, ctx) => {
  const t = await words();
  const parsed = parsePledgeCsv(csv);
  const plan = planImport(parsed, await loadImportContext(ctx.tx, parsed));
  if (!plan.canApply) {
    const problems = [
      ...plan.fileErrors,
      ...plan.rows
        .filter((r) => r.action === "error")
        .map((r) => t("rowProblem", { line: String(r.line), errors: r.errors.join(" ") })),
    ];
    const message = problems.length ? t("problems") : t("nothing");
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
        t("rowRefused", { line: String(row.line), title: row.title, detail }),
      );
    }
  }
  const { create, update, unchanged } = plan.counts;
  return {
    data: { created: create, updated: update, unchanged },
    message: t("imported", { create, update, unchanged }),
  };
});
