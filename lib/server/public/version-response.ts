import "server-only";
import { env } from "@/lib/env";
import { todayInParis } from "@/lib/format";
import { getVersion, versionInForce, type TPolicyIndex, type TVersionMeta } from "./cache";
import { CURRENT, IMMUTABLE, NOT_FOUND, pageCsp, respond } from "./http";
import { policyPage } from "./page";

/**
 * Whether a version's page can never change again: a later version is already in force, so its
 * banner (« n'est plus en vigueur ») is final. Until then the page is cached briefly, since the
 * banner will appear when a newer version takes effect.
 */
export function isSettled(index: TPolicyIndex, version: TVersionMeta, today: string): boolean {
  return index.versions.some((v) => v.number > version.number && v.effectiveDate <= today);
}

// A page depends only on the policy's index (a new object whenever it is reloaded), the version shown
// and the day (its banner): built and encoded once per (index, version, day), not on every request.
const pages = new WeakMap<TPolicyIndex, Map<string, Uint8Array>>();
const encoder = new TextEncoder();

function pageBytes(index: TPolicyIndex, meta: TVersionMeta, inForce: TVersionMeta, fragment: string, today: string): Uint8Array {
  let byVersion = pages.get(index);
  if (!byVersion) pages.set(index, (byVersion = new Map()));
  const key = `${meta.number}:${today}`;
  let bytes = byVersion.get(key);
  if (!bytes) {
    bytes = encoder.encode(policyPage(index, meta, inForce, fragment, `${env().publicUrl}/p/${index.slug}/v/${meta.number}`));
    if (byVersion.size >= 100) byVersion.clear();
    byVersion.set(key, bytes);
  }
  return bytes;
}

/** The hosted page of version `number` (or of the version in force when `number` is null). */
export async function versionPage(request: Request, index: TPolicyIndex, number: number | null): Promise<Response> {
  const today = todayInParis();
  const inForce = versionInForce(index, today);
  const meta = number === null ? inForce : index.versions.find((v) => v.number === number);
  if (!meta) return NOT_FOUND();
  const content = await getVersion(index, meta.number);
  if (!content) return NOT_FOUND();
  const settled = number !== null && isSettled(index, meta, today);
  const state = meta.number === inForce.number ? (meta.effectiveDate > today ? "a-venir" : "en-vigueur") : `remplacee-${inForce.number}`;
  return respond(request, {
    body: pageBytes(index, meta, inForce, content.rendered.fragment, today),
    type: "text/html; charset=utf-8",
    etag: `"${meta.sha256}-${state}"`,
    cache: settled ? IMMUTABLE : CURRENT,
    headers: { "Content-Security-Policy": pageCsp() },
  });
}
