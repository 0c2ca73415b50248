import type { Metadata } from "next";
import { DeleteAccountRequest } from "@/components/account/delete-account-request";
import { DeletionConsequences } from "@/components/account/deletion-consequences";
import { buttonClass } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { requireUser } from "@/lib/server/current-user";
import { orNotFound } from "@/lib/server/errors";
import { getAccount } from "@/lib/server/get-account";

export const metadata: Metadata = { title: "Mon compte" };

export default async function AccountPage() {
  const user = await requireUser("/compte");
  const account = await orNotFound(getAccount(user.id));
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="font-serif text-3xl font-semibold">Mon compte</h1>

      <section aria-labelledby="infos-titre" className="rounded-lg border border-line bg-white p-5">
        <h2 id="infos-titre" className="font-serif text-xl font-semibold">
          Vos informations
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Adresse e-mail</dt>
          <dd>{account.email}</dd>
          {account.name ? (
            <>
              <dt className="font-semibold">Nom</dt>
              <dd>{account.name}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Compte créé le</dt>
          <dd>{formatDate(account.createdAt)}</dd>
          <dt className="font-semibold">Connexion</dt>
          <dd>{[...new Set(["Lien par e-mail", ...account.providers])].join(", ")}</dd>
        </dl>
      </section>

      <section aria-labelledby="export-titre" className="rounded-lg border border-line bg-white p-5">
        <h2 id="export-titre" className="font-serif text-xl font-semibold">
          Télécharger mes données
        </h2>
        <p className="mt-2 text-ink-soft">
          Une archive ZIP avec tout ce que Clairement conserve sur vous : votre compte, chaque politique avec son brouillon, et
          chaque version publiée (vos réponses en JSON et le texte en Markdown). Un fichier LISEZMOI.txt en décrit le contenu.
        </p>
        <p className="mt-4">
          <a href="/compte/export" download className={buttonClass.secondary}>
            Télécharger mes données
          </a>
        </p>
      </section>

      <section aria-labelledby="suppression-titre" className="rounded-lg border border-danger/40 bg-white p-5">
        <h2 id="suppression-titre" className="font-serif text-xl font-semibold">
          Supprimer mon compte
        </h2>
        <p className="mt-2">La suppression est définitive. Voici ce qu’elle fait :</p>
        <DeletionConsequences online={account.online} withVersions={account.withVersions} />
        <p className="mt-3 text-ink-soft">
          Téléchargez vos données avant, si vous souhaitez les garder. Pour confirmer, nous vous envoyons un e-mail avec un lien
          valable 30 minutes : la suppression n’a lieu qu’après l’ouverture de ce lien et une dernière confirmation.
        </p>
        <DeleteAccountRequest />
      </section>
    </div>
  );
}
