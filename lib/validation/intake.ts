import { z } from "zod";
import { ZIsoDate, ZSlug } from "./common";
import { ZId } from "./ids";
import { ZStatement } from "./meetings";

// Inputs of the statement intake: the command-line dry run and "Propose again".

export const ZIntakeDryRun = z.object({
  dialogue: ZSlug,
  statement: ZStatement,
  date: ZIsoDate.optional(),
});

export const ZProposeAgain = z.object({ meetingId: ZId("Which meeting?") });
