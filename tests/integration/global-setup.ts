import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-pg.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

// One throwaway PostgreSQL for the whole integration run, in a temp dir (never the user's .data/).
// Each test file then creates its own empty database in it (tests/integration/db.ts).
export default async function setup(project: TestProject) {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "clairement-it-")), "pg");
  const pg = await startEmbeddedPostgres({ dir, persistent: false });
  project.provide("pgAdminUrl", pg.url.replace(/\/app$/, "/postgres"));
  return async () => {
    await pg.stop();
  };
}
