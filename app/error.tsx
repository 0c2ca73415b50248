"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";
import { UNAVAILABLE_DIGEST } from "@/lib/action-result";

const RETRY_MS = 5000;

/**
 * A page that could not be built. An unavailable database (digest set by UnavailableError) is said as such, never as
 * « introuvable » or a sign-out, and the page tries again by itself until the service is back (issue 12).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const unavailable = error.digest === UNAVAILABLE_DIGEST;
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  useEffect(() => {
    if (!unavailable) return;
    const timer = setInterval(retry, RETRY_MS);
    return () => clearInterval(timer);
  });
  return (
    <main id="contenu" className="mx-auto max-w-xl px-4 py-16" data-erreur={unavailable ? "indisponible" : "inattendue"}>
      <h1 className="font-serif text-3xl font-semibold">{unavailable ? "Service momentanément indisponible" : "Une erreur est survenue"}</h1>
      {unavailable ? (
        <p className="mt-3 text-ink-soft">
          Nos serveurs ne peuvent pas répondre pour l’instant. Cette page se rechargera d’elle-même dès leur retour ; vos brouillons
          et les saisies non enregistrées restent gardés dans ce navigateur. Les politiques publiées restent en ligne.
        </p>
      ) : (
        <>
          <p className="mt-3 text-ink-soft">
            Rien de ce que vous avez saisi n’a été perdu côté serveur. Réessayez ; si le problème persiste, indiquez-nous la
            référence ci-dessous.
          </p>
          {error.digest ? <p className="mt-2 font-mono text-sm">Référence : {error.digest}</p> : null}
        </>
      )}
      <button type="button" onClick={retry} className="mt-6 rounded-md bg-accent px-4 py-2 font-semibold text-white">
        Réessayer
      </button>
    </main>
  );
}
