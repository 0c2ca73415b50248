import "server-only";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/policy/text/dates";
import type { TChangeSummary, TRendered } from "@/lib/server/publish-version";

// Hosted pages read published versions through this cache. A version never changes, so its content
// is loaded from the database once per server process; the per-slug index (which versions exist,
// withdrawal, old slugs) is reloaded only after a mutation made by this process (publish, withdraw,
// slug change) or after INDEX_TTL_MS, the safety net when several processes share the database.
// Concurrent misses share one query.

const INDEX_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 2000;

export type TVersionMeta = { number: number; sha256: string; publishedAt: Date; effectiveDate: string; note: string | null; changeSummary: TChangeSummary };
export type TPolicyIndex = { policyId: string; slug: string; company: string; service: string; versions: TVersionMeta[] };
export type TResolved =
  | { kind: "ok"; index: TPolicyIndex }
  | { kind: "redirect"; slug: string }
  | { kind: "withdrawn" }
  | { kind: "missing" };
export type TVersionContent = TVersionMeta & { answers: unknown; rendered: TRendered };

// Next bundles route handlers and server actions separately, each with its own copy of this module:
// the cache lives on globalThis so that a publish (a server action) invalidates what the hosted pages
// (route handlers) hold, within the one server process.
type TStore = { index: Map<string, { value: Promise<TResolved>; expires: number }>; versions: Map<string, Promise<TVersionContent | null>>; queries: number };
const store: TStore = ((globalThis as { __clairementPublicCache?: TStore }).__clairementPublicCache ??= { index: new Map(), versions: new Map(), queries: 0 });
const indexCache = store.index;
const versionCache = store.versions;

/** Database queries made by the hosted pages since start (the benchmark reports it). */
export function publicQueryCount(): number {
  return store.queries;
}

function bounded<K, V>(map: Map<K, V>, key: K, value: V) {
  if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value as K);
  map.set(key, value);
}

async function loadIndex(slug: string): Promise<TResolved> {
  store.queries += 1;
  const policy = await db().policy.findFirst({
    where: { OR: [{ slug }, { oldSlugs: { some: { slug } } }] },
    select: {
      id: true, slug: true, draft: true, withdrawnAt: true, deletedAt: true,
      versions: { orderBy: { number: "asc" }, select: { number: true, sha256: true, publishedAt: true, effectiveDate: true, note: true, changeSummary: true, answers: true } },
    },
  });
  if (!policy || policy.versions.length === 0) return { kind: "missing" };
  if (policy.slug !== slug) return { kind: "redirect", slug: policy.slug };
  if (policy.withdrawnAt || policy.deletedAt) return { kind: "withdrawn" };
  const latest = policy.versions.at(-1)!.answers as { controller?: { legalName?: string; tradeName?: string }; service?: { name?: string } };
  return {
    kind: "ok",
    index: {
      policyId: policy.id,
      slug: policy.slug,
      company: latest.controller?.legalName ?? "",
      service: latest.service?.name ?? "",
      versions: policy.versions.map((v) => ({
        number: v.number, sha256: v.sha256, publishedAt: v.publishedAt, effectiveDate: isoDay(v.effectiveDate), note: v.note,
        changeSummary: v.changeSummary as TChangeSummary,
      })),
    },
  };
}

export function resolveSlug(slug: string, now = Date.now()): Promise<TResolved> {
  const hit = indexCache.get(slug);
  if (hit && hit.expires > now) return hit.value;
  const value = loadIndex(slug).catch((error) => {
    indexCache.delete(slug);
    throw error;
  });
  bounded(indexCache, slug, { value, expires: now + INDEX_TTL_MS });
  return value;
}

async function loadVersion(policyId: string, number: number): Promise<TVersionContent | null> {
  store.queries += 1;
  const v = await db().policyVersion.findUnique({ where: { policyId_number: { policyId, number } } });
  if (!v) return null;
  return {
    number: v.number, sha256: v.sha256, publishedAt: v.publishedAt, effectiveDate: isoDay(v.effectiveDate), note: v.note,
    changeSummary: v.changeSummary as TChangeSummary, answers: v.answers, rendered: v.rendered as TRendered,
  };
}

export function getVersion(index: TPolicyIndex, number: number): Promise<TVersionContent | null> {
  if (!index.versions.some((v) => v.number === number)) return Promise.resolve(null);
  const key = `${index.policyId}:${number}`;
  let hit = versionCache.get(key);
  if (!hit) {
    hit = loadVersion(index.policyId, number).catch((error) => {
      versionCache.delete(key);
      throw error;
    });
    bounded(versionCache, key, hit);
  }
  return hit;
}

/** The response cache scripts/serve.mjs keeps in front of Next.js (absent under `next dev` and in tests). */
type TFrontCache = { invalidate(slugs: string[], options?: { keepForErrors?: boolean }): void; stats: { hits: number; misses: number } };
function frontCache(): TFrontCache | undefined {
  return (globalThis as { __clairementFrontCache?: TFrontCache }).__clairementFrontCache;
}

/** Requests the front response cache answered from memory, and those it passed to Next.js (the benchmark reports them). */
export function frontCacheStats(): { hits: number; misses: number } | undefined {
  return frontCache()?.stats;
}

/**
 * Forget what this process knows about these slugs (after publish, withdrawal, a slug change or a
 * deletion), here and in the response cache scripts/serve.mjs keeps in front of Next.js.
 */
export function invalidatePublicCache(...slugs: string[]): void {
  for (const slug of slugs) indexCache.delete(slug);
  frontCache()?.invalidate(slugs);
}

/**
 * A new version of `slug` was published: forgotten here as by invalidatePublicCache, but the response cache keeps
 * the pages it held as last good copies, served only if the database fails before new ones are made.
 */
export function supersedePublicPages(slug: string): void {
  indexCache.delete(slug);
  frontCache()?.invalidate([slug], { keepForErrors: true });
}

/** The version in force on `today` (YYYY-MM-DD): the latest whose effective date has come; else the first. */
export function versionInForce(index: TPolicyIndex, today: string): TVersionMeta {
  const inForce = index.versions.filter((v) => v.effectiveDate <= today);
  return inForce.at(-1) ?? index.versions[0]!;
}
