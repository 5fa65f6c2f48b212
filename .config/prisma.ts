import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI insists on its native schema engine even for `generate`, which never uses it.
// Offline machines cannot download it, so point the CLI at a stub unless told otherwise.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && process.env.PRISMA_USE_REAL_ENGINE !== "1") {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(__dirname, "..", "scripts", "prisma-engine-stub.js");
}
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: path.join(__dirname, "..", "prisma", "schema.prisma"),
  migrations: { path: path.join(__dirname, "..", "prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
