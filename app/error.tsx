"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">Une erreur est survenue</h1>
      <p className="mt-3 text-ink-soft">
        Rien de ce que vous avez saisi n’a été perdu côté serveur. Réessayez ; si le problème persiste, indiquez-nous la référence
        ci-dessous.
      </p>
      {error.digest ? <p className="mt-2 font-mono text-sm">Référence : {error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-accent px-4 py-2 font-semibold text-white">
        Réessayer
      </button>
    </main>
  );
}
