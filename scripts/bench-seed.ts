// Seeds the benchmark's throwaway database through the real code paths (createPolicy, saveDraft,
// publishVersion): one user and N policies from the fixtures, each with 2 published versions
// (v1 no longer in force, v2 in force). Prints one JSON line: { "slugs": [...] }.
// Run by scripts/bench.mjs with DATABASE_URL and NEXTAUTH_SECRET set:
//   npx tsx --conditions react-server scripts/bench-seed.ts [N]
// (the "react-server" condition resolves the `server-only` marker to its empty module, as in Next's
// server bundles; nothing in lib/ is stubbed.)
import { recipientFromCatalogue } from "../lib/policy";
import { findService } from "../lib/policy/catalogue";
import { FIXTURES } from "../lib/policy/fixtures";
import { db } from "../lib/db";
import { createPolicy } from "../lib/server/create-policy";
import { publishVersion } from "../lib/server/publish-version";
import { saveDraft } from "../lib/server/save-draft";

const count = Number(process.argv[2] ?? 3);
if (!Number.isInteger(count) || count < 1 || count > Object.keys(FIXTURES).length) throw new Error(`N doit être entre 1 et ${Object.keys(FIXTURES).length}.`);

// A past history: both versions are published « on » 1 January 2026 (publishVersion's clock), v2 with the
// month's notice a substantial change requires (RULES §8).
const ON_1_JANUARY = new Date("2026-01-01T09:00:00Z");
const user = await db().user.create({ data: { email: `bench-${Date.now()}@exemple.fr`, name: "Banc d’essai" } });
const slugs: string[] = [];
for (const [name, answers] of Object.entries(FIXTURES).slice(0, count)) {
  const { id, slug } = await createPolicy({ ownerId: user.id, title: `Banc d’essai — ${name}`, draft: answers });
  const v1 = await publishVersion(user.id, { id, effectiveDate: "2026-01-01" }, ON_1_JANUARY);
  if (v1.status !== "published") throw new Error(`${name} : version 1 non publiée (${JSON.stringify(v1)})`);
  // Version 2 adds a newsletter provider: a real, substantial change.
  const next = structuredClone(answers);
  const extra = ["mailchimp", "brevo", "sendinblue"].map(findService).find((s) => s && !next.recipients.some((r) => r.id === s.id));
  if (!extra) throw new Error(`${name} : aucun prestataire à ajouter pour la version 2.`);
  next.recipients.push(recipientFromCatalogue(extra));
  const saved = await saveDraft(user.id, { id, revision: 0, draft: next });
  if (saved.status !== "saved") throw new Error(`${name} : brouillon non enregistré (${JSON.stringify(saved)})`);
  const v2 = await publishVersion(user.id, { id, effectiveDate: "2026-02-01", note: `Ajout de ${extra.name}` }, ON_1_JANUARY);
  if (v2.status !== "published") throw new Error(`${name} : version 2 non publiée (${JSON.stringify(v2)})`);
  slugs.push(slug);
}
await db().$disconnect();
console.log(JSON.stringify({ slugs }));
