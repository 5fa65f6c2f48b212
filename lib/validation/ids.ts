import { z } from "zod";

// Record ids and versions as forms and API clients send them.

export const ZId = (message: string) => z.string({ message }).trim().min(1, message).max(100, "That id is too long");

export const ZVersion = z.coerce
  .number({ message: "The form is missing its version; reload the page" })
  .int("The form's version is not valid; reload the page")
  .positive("The form's version is not valid; reload the page");
