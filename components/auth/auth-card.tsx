import { Logo } from "@/components/ui/logo";

export function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main id="contenu" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <div className="mb-8 text-center">
        <Logo />
      </div>
      <div className="rounded-lg border border-line bg-white p-6 shadow-sm sm:p-8">
        <h1 className="font-serif text-2xl font-semibold">{title}</h1>
        <div className="mt-4">{children}</div>
      </div>
    </main>
  );
}
