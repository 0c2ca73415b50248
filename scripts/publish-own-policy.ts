// Publishes Clairement's own privacy policy (content/confidentialite.json) through the real pipeline
// (lib/server/publish-own-policy.ts → publishVersion). Run at start-up by scripts/start.mjs and
// scripts/e2e-server.mjs through scripts/lib/own-policy.mjs, with DATABASE_URL and NEXTAUTH_SECRET set:
//   npx tsx --conditions react-server scripts/publish-own-policy.ts
// (the "react-server" condition resolves the `server-only` marker to its empty module, as in Next's
// server bundles). Prints one French line; exit code 1 when the policy could not be published.
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "../lib/db";
import { OWN_POLICY_SLUG, publishOwnPolicy } from "../lib/server/publish-own-policy";

const FILE = path.resolve(import.meta.dirname, "../content/confidentialite.json");
const WHAT = "Politique de confidentialité de Clairement";

let code = 0;
try {
  const answers: unknown = JSON.parse(readFileSync(FILE, "utf8"));
  const r = await publishOwnPolicy(answers);
  if (r.status === "published") console.log(`${WHAT} : version ${r.number} publiée à /${OWN_POLICY_SLUG}.`);
  else if (r.status === "unchanged") console.log(`${WHAT} : à jour (aucune modification de content/confidentialite.json).`);
  else if (r.status === "too_early") {
    code = 1;
    console.error(`${WHAT} non publiée : ${r.message}`);
  } else {
    code = 1;
    console.error(`${WHAT} non publiée : ${r.reasons.length} point(s) bloquant(s) dans content/confidentialite.json :`);
    for (const reason of r.reasons) console.error(`  - ${reason.message}${reason.field ? ` (${reason.field})` : ""}`);
  }
} catch (error) {
  code = 1;
  console.error(`${WHAT} non publiée : ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await db().$disconnect();
}
process.exit(code);
