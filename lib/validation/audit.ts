import type { ParamValues } from "./search-params";
import { ZParamChoice, ZParamDay, ZParamId, ZParamPage } from "./search-params";

export const AUDIT_ENTITY_TYPES = ["pledge", "meeting", "document", "user", "dialogue", "area"] as const;

// /edit/audit: who, which kind of record (and which one), which days, which page.
export const auditParams = {
  user: ZParamId,
  entity: ZParamChoice(AUDIT_ENTITY_TYPES, "Choose a kind of record from the list"),
  entityId: ZParamId,
  from: ZParamDay,
  to: ZParamDay,
  page: ZParamPage,
};

export type AuditFilters = Omit<Partial<ParamValues<typeof auditParams>>, "page">;
