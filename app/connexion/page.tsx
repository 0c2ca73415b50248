import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oauthProviders } from "@/lib/auth";
import { safeReturnPath } from "@/lib/safe-redirect";
import { getCurrentUser } from "@/lib/server/current-user";

export const metadata: Metadata = { title: "Connexion" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <AuthCard title="Connexion">
      <p className="mb-6 text-sm text-ink-soft">Connectez-vous ou créez votre compte avec votre adresse e-mail.</p>
      <SignInForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
      <p className="mt-6 text-center text-sm text-ink-soft">
        <a href="/confidentialite" className="text-accent underline">
          Politique de confidentialité
        </a>
      </p>
    </AuthCard>
  );
}
