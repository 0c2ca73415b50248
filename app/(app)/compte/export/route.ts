import { requireUser } from "@/lib/server/current-user";
import { exportAccount, exportFilename } from "@/lib/server/export-account";

export const dynamic = "force-dynamic";

/** « Télécharger mes données »: a ZIP of everything kept about the signed-in user; signed out → sign-in page. */
export async function GET() {
  const user = await requireUser("/compte");
  const zip = await exportAccount(user.id);
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
