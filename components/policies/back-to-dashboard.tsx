import Link from "next/link";

export function BackToDashboard() {
  return (
    <p className="mb-3 text-sm">
      <Link href="/policies" className="text-accent underline">
        ← Mes politiques
      </Link>
    </p>
  );
}
