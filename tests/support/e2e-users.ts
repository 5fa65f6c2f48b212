import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAccount } from "@/lib/auth/accounts";
import type { Role } from "@/lib/auth/roles";
import { E2E_USERS } from "./e2e-accounts";

// Creates the e2e accounts (tests/support/e2e-accounts.ts) in the e2e database.
export async function seedE2eUsers(databaseUrl: string): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    for (const [role, user] of Object.entries(E2E_USERS) as [Role, (typeof E2E_USERS)[Role]][]) {
      await createAccount(prisma, { ...user, role }, { system: "e2e fixtures" });
    }
  } finally {
    await prisma.$disconnect();
  }
}

export { E2E_USERS } from "./e2e-accounts";
