import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { SIGN_IN_ERRORS } from "@/lib/auth-messages";

export const metadata: Metadata = { title: "Connexion impossible" };


export default async function AuthErrorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { error } = await searchParams;
  const message = (typeof error === "string" && SIGN_IN_ERRORS[error]) || "La connexion n’a pas abouti. Réessayez.";
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
