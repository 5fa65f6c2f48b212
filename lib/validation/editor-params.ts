import { z } from "zod";
import { ZParamId } from "./search-params";

// The editor screens' search parameters.

// /edit/pledges/new and /edit/pledges/[id]: the meeting the pledge is (or moves) to.
export const meetingChoiceParams = { meeting: ZParamId, draft: ZParamId };

// Recording or correcting a status: where it was reported, "meeting:<id>" or "document:<id>".
export const sourceParams = {
  source: z
    .string()
    .regex(/^(meeting|document):[^\n]{1,100}$/, "Choose a meeting or a document from the list")
    .transform((v) => {
      const at = v.indexOf(":");
      return { kind: v.slice(0, at) as "meeting" | "document", id: v.slice(at + 1) };
    })
    .optional(),
};
