import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { OwnSlugTakenError, publishOwnPolicy } from "@/lib/server/publish-own-policy";

// Publishing Clairement's own policy is done lazily, once per server process, on the first request
// to /confidentialite, rather than by `npm start`: a separate process at start-up cost about 3 s on
// every start (tsx, Prisma and the engine loaded cold), here it is a few milliseconds in a warm
// process. The answers are read at run time, so editing content/confidentialite.json and restarting
// publishes a new version, with no rebuild. Several processes are safe: publishVersion locks the row,
// and all but one get « aucune modification ».

export const OWN_POLICY_FILE = path.join(process.cwd(), "content", "confidentialite.json");

type TStore = { pending?: Promise<boolean> };
const store: TStore = ((globalThis as { __clairementOwnPolicy?: TStore }).__clairementOwnPolicy ??= {});

async function publishFromFile(): Promise<boolean> {
  const what = "Politique de confidentialité de Clairement";
  try {
    const r = await publishOwnPolicy(JSON.parse(await readFile(OWN_POLICY_FILE, "utf8")));
    if (r.status === "published") console.log(`[confidentialite] ${what} : version ${r.number} publiée.`);
    if (r.status === "too_early") console.error(`[confidentialite] ${what} non publiée (effectiveDate de content/confidentialite.json) : ${r.message}`);
    if (r.status === "blocked") {
      console.error(`[confidentialite] ${what} non publiée, ${r.reasons.length} point(s) bloquant(s) dans content/confidentialite.json : ${r.reasons.map((x) => x.message).join(" ; ")}`);
    }
    return true;
  } catch (error) {
    console.error(`[confidentialite] ${what} non publiée : ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof OwnSlugTakenError) return false;
    // The version already published (if any) keeps being served; a later request tries again.
    store.pending = undefined;
    return true;
  }
}

/**
 * Publishes content/confidentialite.json once per process (later calls wait for the same attempt).
 * False when the address belongs to a user's policy: /confidentialite must then not serve it.
 */
export function ensureOwnPolicy(): Promise<boolean> {
  store.pending ??= publishFromFile();
  return store.pending;
}
