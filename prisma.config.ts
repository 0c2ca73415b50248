import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// The Prisma CLI downloads its schema engine on first use, and no download host is reachable here
// (../shared/STACK.md). `prisma generate` never runs that engine, it only checks that the file exists:
// point it at an existing file when nothing else is configured. Migrations are applied by
// scripts/lib/migrate.mjs, which does not need the engine.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = process.execPath;
  if (existsSync(placeholder)) process.env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
