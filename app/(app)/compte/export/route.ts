import { unstable_rethrow } from "next/navigation";
import { requireUser } from "@/lib/server/current-user";
import { isUnavailable } from "@/lib/server/errors";
import { UNAVAILABLE } from "@/lib/server/public/http";
import { exportAccount, exportFilename } from "@/lib/server/export-account";

export const dynamic = "force-dynamic";

/** « Télécharger mes données »: a ZIP of everything kept about the signed-in user; signed out → sign-in page. */
export async function GET() {
  let zip: Uint8Array;
  try {
    const user = await requireUser("/compte");
    zip = await exportAccount(user.id);
  } catch (error) {
    unstable_rethrow(error);
    if (isUnavailable(error)) return UNAVAILABLE();
    throw error;
  }
  return new Response(zip as BodyInit, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${exportFilename()}"`,
      "Content-Length": String(zip.byteLength),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
