import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { headers } from "next/headers";
import { outboxReadableBy } from "@/lib/env";

export const metadata: Metadata = { title: "Vérifiez votre boîte mail" };

export default async function VerifyRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { email } = await searchParams;
  const address = typeof email === "string" ? email : null;
  return (
    <AuthCard title="Vérifiez votre boîte mail">
      <p className="text-ink-soft">
        {address ? (
          <>
            Un lien de connexion vient d’être envoyé à <strong className="text-ink">{address}</strong>.
          </>
        ) : (
          "Un lien de connexion vient de vous être envoyé."
        )}{" "}
        Il est valable 30 minutes et ne sert qu’une fois.
      </p>
      {outboxReadableBy((await headers()).get("x-clairement-peer")) ? (
        <p className="mt-4 rounded-md bg-warn-soft px-3 py-2 text-sm text-warn">
          Aucun serveur SMTP n’est configuré : le message est dans la{" "}
          <Link href="/boite-mail" className="font-semibold underline">
            boîte d’envoi locale
          </Link>{" "}
          et dans le journal du serveur.
        </p>
      ) : null}
      <p className="mt-6 text-sm">
        <Link href="/connexion" className="text-accent underline">
          Utiliser une autre adresse
        </Link>
      </p>
    </AuthCard>
  );
}
