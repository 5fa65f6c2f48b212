import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAccount, hasEnabledAdmin } from "./accounts";

export const FIRST_ADMIN_EMAIL = "admin@pledge-tracker.local";

// The zero-config start's first admin: created when no enabled admin exists, with a random
// password printed once. Never a fixed default password.
export async function ensureFirstAdmin(
  databaseUrl: string,
  signInUrl: string,
  log: (text: string) => void = console.log,
): Promise<boolean> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if (await hasEnabledAdmin(prisma)) return false;
    const taken = await prisma.user.count({ where: { email: FIRST_ADMIN_EMAIL } });
    const email = taken ? `admin-${Date.now()}@pledge-tracker.local` : FIRST_ADMIN_EMAIL;
    const admin = await createAccount(
      prisma,
      { email, name: "Administrator", role: "admin" },
      { system: "first start" },
    );
    const rule = "=".repeat(72);
    log(
      [
        "",
        rule,
        "  No admin account existed, so one was created. It is shown ONLY NOW:",
        "",
        `    e-mail:    ${admin.email}`,
        `    password:  ${admin.password}`,
        "",
        `  Sign in at ${signInUrl} and change the password under "Account".`,
        `  Lost it? npm run user:create -- --email ${admin.email} --reset-password`,
        rule,
        "",
      ].join("\n"),
    );
    return true;
  } finally {
    await prisma.$disconnect();
  }
}

// For a deployment's own database: say how to make the first admin, create nothing.
export async function adminHint(databaseUrl: string, log: (text: string) => void = console.log): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if (!(await hasEnabledAdmin(prisma))) {
      log("No admin account exists yet. Create one with: npm run user:create -- --email you@example.org --role admin");
    }
  } finally {
    await prisma.$disconnect();
  }
}
