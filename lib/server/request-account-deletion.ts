import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { escapeHtml } from "@/lib/escape";
import { sendMail } from "@/lib/mail";
import {
  DELETION_LINK_MAX_AGE_MS, DELETION_REQUEST_INTERVAL_MS, deletionIdentifier, hashDeletionToken, newDeletionToken,
} from "@/lib/server/deletion-token";
import { NotFoundError } from "@/lib/server/errors";

export type TRequestDeletionResult = { status: "sent"; email: string } | { status: "too_soon" };

function deletionMail(url: string) {
  return {
    subject: "Confirmez la suppression de votre compte Clairement",
    text:
      "Bonjour,\n\nVous avez demandé la suppression de votre compte Clairement. Pour la confirmer, ouvrez ce lien dans les 30 minutes :\n" +
      `${url}\n\nUne dernière confirmation vous sera demandée sur la page. Le lien ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message : votre compte reste intact.\n`,
    html:
      "<p>Bonjour,</p><p>Vous avez demandé la suppression de votre compte Clairement. Pour la confirmer, ouvrez ce lien dans les 30&nbsp;minutes&nbsp;:</p>" +
      `<p><a href="${escapeHtml(url)}">Confirmer la suppression de mon compte</a></p>` +
      "<p>Une dernière confirmation vous sera demandée sur la page. Le lien ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message&nbsp;: votre compte reste intact.</p>",
  };
}

/**
 * Sends the signed-in user a single-use link (30 minutes) to confirm the deletion of their account.
 * Only the token's hash is stored; a new request replaces the previous link, at most once a minute.
 */
export async function requestAccountDeletion(userId: string, now = new Date()): Promise<TRequestDeletionResult> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user?.email) throw new NotFoundError("Compte");
  const identifier = deletionIdentifier(userId);
  const token = newDeletionToken();
  const created = await db().$transaction(async (tx) => {
    const recent = await tx.verificationToken.findFirst({
      where: { identifier, expires: { gt: new Date(now.getTime() + DELETION_LINK_MAX_AGE_MS - DELETION_REQUEST_INTERVAL_MS) } },
      select: { token: true },
    });
    if (recent) return false;
    await tx.verificationToken.deleteMany({ where: { identifier } });
    await tx.verificationToken.create({ data: { identifier, token: hashDeletionToken(token), expires: new Date(now.getTime() + DELETION_LINK_MAX_AGE_MS) } });
    return true;
  });
  if (!created) return { status: "too_soon" };
  const url = `${env().publicUrl}/compte/suppression?jeton=${token}`;
  await sendMail({ to: user.email, url, ...deletionMail(url) });
  return { status: "sent", email: user.email };
}
