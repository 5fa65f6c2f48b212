import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The one Prisma client of the app, built on first use (so `next build` needs no database)
// and kept across dev reloads.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides it.");
  }
  // JIT compilation costs PostgreSQL hundreds of milliseconds on the dashboard's aggregates
  // (seen at 100k pledges) and saves nothing on queries this short: off for the app's pool.
  const adapter = new PrismaPg({ connectionString, max: 10, options: "-c jit=off" });
  globalForPrisma.prisma = new PrismaClient({ adapter });
  return globalForPrisma.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const real = client();
    const value: unknown = Reflect.get(real, prop, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
