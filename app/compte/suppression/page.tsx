import type { Metadata } from "next";
import Link from "next/link";
import { DeletionConsequences } from "@/components/account/deletion-consequences";
import { AuthCard } from "@/components/auth/auth-card";
import { ActionForm } from "@/components/ui/action-feedback";
import { requireUser } from "@/lib/server/current-user";
import { isDeletionTokenValid } from "@/lib/server/deletion-token";
import { getAccount } from "@/lib/server/get-account";
import { confirmAccountDeletionAction } from "./actions";

export const metadata: Metadata = { title: "Supprimer mon compte", robots: { index: false } };
export const dynamic = "force-dynamic";

// Outside the (app) group on purpose: opened from the e-mail, possibly signed out, it must come back
// here with its token after sign-in (the group's layout would return to the dashboard). Opening the
// link deletes nothing: only the button below (a POST) does.
export default async function AccountDeletionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { jeton } = await searchParams;
  const token = typeof jeton === "string" ? jeton : "";
  const user = await requireUser(`/compte/suppression?jeton=${encodeURIComponent(token)}`);
  if (!(await isDeletionTokenValid(user.id, token))) {
    return (
      <AuthCard title="Lien de suppression invalide">
        <p role="alert" className="text-ink-soft">
          Ce lien de suppression a expiré, a déjà servi ou ne correspond pas au compte connecté ({user.email}). Rien n’a été
          supprimé.
        </p>
        <p className="mt-6">
          <Link href="/compte" className="text-accent underline">
            Revenir à mon compte pour demander un nouveau lien
          </Link>
        </p>
      </AuthCard>
    );
  }
  const account = await getAccount(user.id);
  return (
    <AuthCard title="Supprimer définitivement mon compte">
      <p>
        Compte : <strong>{account.email}</strong>
      </p>
      <DeletionConsequences online={account.online} withVersions={account.withVersions} />
      <ActionForm action={confirmAccountDeletionAction} className="mt-6 space-y-2">
        <input type="hidden" name="jeton" value={token} />
        <button type="submit" className="w-full rounded-md bg-danger px-4 py-2 text-sm font-semibold text-white">
          Supprimer définitivement mon compte
        </button>
      </ActionForm>
      <p className="mt-4 text-center text-sm">
        <Link href="/compte" className="text-accent underline">
          Annuler et revenir à mon compte
        </Link>
      </p>
    </AuthCard>
  );
}
