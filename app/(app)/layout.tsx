import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Logo } from "@/components/ui/logo";
import { requireUser } from "@/lib/server/current-user";

export const dynamic = "force-dynamic";

// The signed-in area. Each page and action also checks the user itself (lib/server), so the
// protection never rests on this layout alone.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/policies");
  return (
    <>
      <a href="#contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Aller au contenu
      </a>
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-6">
            <Logo href="/policies" />
            <nav aria-label="Espace personnel" className="flex items-center gap-4">
              <Link href="/policies" className="text-sm font-semibold text-ink hover:text-accent">
                Mes politiques
              </Link>
              <Link href="/compte" className="text-sm font-semibold text-ink hover:text-accent">
                Mon compte
              </Link>
            </nav>
          </div>
          <div className="flex items-center gap-2 text-sm">
            <span className="text-ink-soft" data-testid="user-email">
              {user.email}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="contenu" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
