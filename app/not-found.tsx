import Link from "next/link";
import { Logo } from "@/components/ui/logo";

export default function NotFound() {
  return (
    <main id="contenu" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-4 py-12">
      <Logo />
      <h1 className="mt-8 font-serif text-3xl font-semibold">Page introuvable</h1>
      <p className="mt-3 text-ink-soft">
        L’adresse demandée n’existe pas ou n’est plus disponible. Vérifiez le lien, ou repartez de l’accueil.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-accent underline">
          Retour à l’accueil
        </Link>
      </p>
    </main>
  );
}
