"use server";
import "server-only";
import { editorActionWords } from "@/lib/i18n/action-locale";
import { ZSetPledgeAliases } from "@/lib/validation/aliases";
import { editorAction } from "@/lib/actions/core/action";
import { NotFoundError } from "@/lib/actions/core/errors";
import { claimPledge } from "@/lib/actions/core/locks";

// An editor sets a pledge's aliases (one per line): the acronyms and official names later
// statements may use for it. Versioned with the pledge and audited with the list before/after.
export const setPledgeAliases = editorAction(ZSetPledgeAliases, async (input, { tx, audit }) => {
  const pledge = await tx.pledge.findUnique({
    where: { id: input.pledgeId },
    select: { id: true, title: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
  });
  if (!pledge) throw new NotFoundError("This pledge");
  await claimPledge(tx, pledge.id, input.version, `“${pledge.title}”`);
  await tx.pledgeAlias.deleteMany({ where: { pledgeId: pledge.id } });
  await tx.pledgeAlias.createMany({ data: input.aliases.map((alias) => ({ pledgeId: pledge.id, alias })) });
  await audit({
    action: "pledge.aliases",
    entityType: "pledge",
    entityId: pledge.id,
    entityLabel: pledge.title,
    before: { aliases: pledge.aliases.map((a) => a.alias), version: input.version },
    after: { aliases: [...input.aliases].sort(), version: input.version + 1 },
  });
  return {
    data: { aliases: input.aliases.length },
    message: (await editorActionWords())("aliasesSaved", { count: input.aliases.length }),
    redirectTo: `/pledges/${pledge.id}?saved=aliases`,
  };
});
