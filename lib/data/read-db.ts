import "server-only";
import { readRequiresSignIn } from "@/lib/auth/read-policy";
import { db as appDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The client every lib/data read goes through. With READ_REQUIRES_SIGN_IN=true each query
// first asks who is reading, so no page, download, API route or client-side navigation
// (which skips layouts) can read without a signed-in account, whatever it forgot to check.
// Route handlers still check first (lib/http/read-access.ts) to answer 401 instead.

async function assertMayRead(): Promise<void> {
  if (!readRequiresSignIn()) return;
  // Loaded here, not at the top: the command-line scripts (bench, intake) read through this
  // client too, and Next's session and navigation modules cannot load outside Next.
  const [{ currentUser }, { redirect }] = await Promise.all([import("@/lib/auth/session"), import("next/navigation")]);
  // currentUser is cached per render, so a page's many queries cost one session check.
  if (!(await currentUser())) redirect("/sign-in");
}

let guarded: PrismaClient | undefined;

function client(): PrismaClient {
  guarded ??= appDb.$extends({
    query: {
      async $allOperations({ args, query }) {
        await assertMayRead();
        return query(args);
      },
    },
  }) as unknown as PrismaClient; // the extension changes no method's signature
  return guarded;
}

// Built on first use, like lib/db/client.ts (so `next build` needs no database).
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const real = client();
    const value: unknown = Reflect.get(real, prop, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
