// The app as the end-to-end tests see it: the production build in .next-test, served by scripts/serve.mjs
// (as npm start serves it, the hosted pages' response cache included)
// on a throwaway embedded PostgreSQL (never the user's .data/), with no SMTP (local outbox mode).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./lib/bootstrap.mjs";
import { startEmbeddedPostgres } from "./lib/embedded-pg.mjs";
import { migrate } from "./lib/migrate.mjs";

const port = Number(process.env.E2E_PORT || 3100);
const dir = path.join(mkdtempSync(path.join(tmpdir(), "clairement-e2e-")), "pg");
const db = await startEmbeddedPostgres({ dir, persistent: false });
await migrate(db.url);
// The tests read it to play with time (a sign-in link 31 minutes old): the throwaway database only.
const DATABASE_URL_FILE = path.join(ROOT, ".cache", `e2e-database-url-${port}`);
mkdirSync(path.dirname(DATABASE_URL_FILE), { recursive: true });
writeFileSync(DATABASE_URL_FILE, db.url);

const env = { ...process.env };
for (const key of Object.keys(env)) if (/^(SMTP_|GITHUB_|GOOGLE_)/.test(key)) delete env[key];
const app = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...env,
    PORT: String(port),
    NEXT_DIST_DIR: ".next-test",
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://localhost:${port}`,
    // The tests play the reverse proxy: they set X-Forwarded-For to exercise the per-IP limits.
    TRUST_PROXY: "1",
  },
});

async function stop() {
  rmSync(DATABASE_URL_FILE, { force: true });
  if (app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((r) => app.once("exit", r));
  }
  await db.stop();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
app.on("exit", (code) => {
  void db.stop().then(() => process.exit(code ?? 1));
});
