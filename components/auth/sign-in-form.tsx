"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { buttonClass } from "@/components/ui/button";
import { zSignInEmail, type TSignInEmail } from "@/lib/validation/auth";
import { SIGN_IN_ERRORS } from "@/lib/auth-messages";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TSignInEmail>({ resolver: zodResolver(zSignInEmail), shouldFocusError: true });

  const onSubmit = handleSubmit(async ({ email }) => {
    setServerError(null);
    try {
      const result = await signIn("email", { email, callbackUrl, redirect: false });
      if (result?.error && result.error in SIGN_IN_ERRORS && result.error !== "EmailSignin") {
        setServerError(SIGN_IN_ERRORS[result.error]!);
        return;
      }
      if (!result || result.error) {
        setServerError("L’envoi du lien de connexion a échoué. Vérifiez l’adresse et réessayez dans un instant.");
        return;
      }
      router.push(`/connexion/verifier?email=${encodeURIComponent(email)}`);
    } catch {
      setServerError("Le serveur ne répond pas. Vérifiez votre connexion et réessayez.");
    }
  });

  const emailError = errors.email?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div>
        <label htmlFor="email" className="block text-sm font-semibold">
          Adresse e-mail
        </label>
        <input
          id="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-erreur" : "email-aide"}
          className="mt-1 block w-full rounded-md border border-line bg-white px-3 py-2 text-base aria-[invalid]:border-danger"
          {...register("email")}
        />
        {emailError ? (
          <p id="email-erreur" className="mt-1 text-sm text-danger">
            {emailError}
          </p>
        ) : (
          <p id="email-aide" className="mt-1 text-sm text-ink-soft">
            Nous vous envoyons un lien de connexion, valable 30 minutes. Aucun mot de passe à retenir.
          </p>
        )}
      </div>
      {serverError ? (
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          {serverError}
        </p>
      ) : null}
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={isSubmitting}>
        {isSubmitting ? "Envoi du lien…" : "Recevoir un lien de connexion"}
      </button>
    </form>
  );
}
