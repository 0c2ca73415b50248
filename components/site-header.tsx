import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { buttonClass } from "@/components/ui/button";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white/70">
      <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
        <Logo />
        <nav aria-label="Navigation principale">
          <Link href="/connexion" className={buttonClass.secondary}>
            Se connecter
          </Link>
        </nav>
      </div>
    </header>
  );
}
