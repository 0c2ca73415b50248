import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/current-user";
import { NotFoundError } from "@/lib/server/errors";
import { getPolicy } from "@/lib/server/get-policy";

export const metadata: Metadata = { title: "Modifier la politique" };

export default async function EditPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/policies/${id}/edit`);
  const policy = await getPolicy(user.id, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <>
      <p className="text-sm">
        <Link href="/policies" className="text-accent underline">
          ← Mes politiques
        </Link>
      </p>
      <h1 className="mt-3 font-serif text-3xl font-semibold">{policy.title}</h1>
      <p className="mt-1 text-sm text-ink-soft">
        Brouillon créé le {formatDateTime(policy.createdAt)} · adresse publique prévue : /p/{policy.slug}
      </p>
    </>
  );
}
