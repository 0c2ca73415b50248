import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";

export const metadata: Metadata = { title: "Connexion impossible" };

const MESSAGES: Record<string, string> = {
  TropDeDemandes: "Trop de demandes de lien de connexion pour cette adresse ou depuis ce réseau. Réessayez dans quelques minutes.",
  Verification: "Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau.",
  EmailSignin: "L’envoi du lien de connexion a échoué. Vérifiez l’adresse et réessayez.",
  OAuthAccountNotLinked: "Cette adresse e-mail est déjà liée à un autre mode de connexion. Connectez-vous avec celui-ci.",
  AccessDenied: "L’accès a été refusé.",
  Configuration: "La connexion est momentanément indisponible. Réessayez dans quelques minutes.",
};

export default async function AuthErrorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { error } = await searchParams;
  const message = (typeof error === "string" && MESSAGES[error]) || "La connexion n’a pas abouti. Réessayez.";
  return (
    <AuthCard title="Connexion impossible">
      <p role="alert" className="text-ink-soft">
        {message}
      </p>
      <p className="mt-6">
        <Link href="/connexion" className="text-accent underline">
          Revenir à la connexion
        </Link>
      </p>
    </AuthCard>
  );
}
