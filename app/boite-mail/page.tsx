import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { headers } from "next/headers";
import { outboxReadableBy } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { listOutbox } from "@/lib/server/list-outbox";

export const metadata: Metadata = { title: "Boîte d’envoi locale", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The link's purpose, from its path: sign-in (next-auth's callback) or account deletion. */
function linkLabel(url: string): string {
  const path = URL.canParse(url) ? new URL(url).pathname : "";
  return path === "/compte/suppression" ? "Ouvrir le lien de suppression du compte" : "Ouvrir le lien de connexion";
}

// Exists only while no SMTP server is configured (with SMTP, mails leave for real), and only for a client on this
// machine of a local deployment: anywhere else this page, which holds everyone's sign-in links, is a 404.
export default async function OutboxPage() {
  if (!outboxReadableBy((await headers()).get("x-clairement-peer"))) notFound();
  const mails = await listOutbox();
  return (
    <AuthCard title="Boîte d’envoi locale">
      <p className="text-sm text-ink-soft">
        Aucun serveur SMTP n’est configuré : les messages de l’application arrivent ici (et dans le journal du serveur) au lieu
        d’être envoyés. Configurez SMTP_URL pour envoyer de vrais e-mails.
      </p>
      {mails.length === 0 ? (
        <p className="mt-6">Aucun message pour l’instant.</p>
      ) : (
        <ul className="mt-6 divide-y divide-line">
          {mails.map((m) => (
            <li key={m.id} className="py-3">
              <p className="text-sm text-ink-soft">
                À <span className="font-semibold text-ink">{m.to}</span> — {formatDateTime(m.createdAt)}
              </p>
              <p className="font-semibold">{m.subject}</p>
              {m.url ? (
                <a href={m.url} className="text-accent underline">
                  {linkLabel(m.url)} pour {m.to}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </AuthCard>
  );
}
