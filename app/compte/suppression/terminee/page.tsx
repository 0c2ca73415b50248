import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";

export const metadata: Metadata = { title: "Compte supprimé", robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <AuthCard title="Compte supprimé">
      <p role="status">Votre compte a été supprimé et vous avez été déconnecté sur tous vos appareils.</p>
      <p className="mt-3 text-ink-soft">
        Vos politiques publiées ont été retirées ; leurs versions sont conservées hors ligne, sans vos coordonnées de compte. Si vous
        vous reconnectez avec la même adresse, un nouveau compte vide est créé.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-accent underline">
          Retour à l’accueil
        </Link>
      </p>
    </AuthCard>
  );
}
