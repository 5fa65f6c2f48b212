#!/usr/bin/env node
// Stands in for Prisma's native schema engine, which cannot be downloaded on offline machines.
// `prisma generate` only asks it for its version; everything else is refused with an explanation.
if (process.argv.includes("--version")) {
  process.stdout.write("schema-engine-cli 0.0.0 (pledge-tracker stub)\n");
  process.exit(0);
}
process.stderr.write(
  "This project applies its SQL migrations itself (npm run db:migrate).\n" +
    "Prisma's schema engine is not installed here; set PRISMA_USE_REAL_ENGINE=1 where it can be downloaded.\n",
);
process.exit(1);
