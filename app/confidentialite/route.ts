import { ensureOwnPolicy } from "@/lib/server/ensure-own-policy";
import { OWN_POLICY_SLUG } from "@/lib/server/publish-own-policy";
import { NOT_FOUND } from "@/lib/server/public/http";
import { withPublishedPolicy } from "@/lib/server/public/resolve";
import { versionPage } from "@/lib/server/public/version-response";

export const dynamic = "force-dynamic";

/** Clairement's own privacy policy: the version in force of /p/confidentialite, served here as is. */
export async function GET(request: Request) {
  if (!(await ensureOwnPolicy())) return NOT_FOUND();
  return withPublishedPolicy(OWN_POLICY_SLUG, "", (index) => versionPage(request, index, null));
}
