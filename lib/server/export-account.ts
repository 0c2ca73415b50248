import "server-only";
import { strToU8, zipSync, type Zippable } from "fflate";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/errors";
import { todayInParis } from "@/lib/format";
import type { TRendered } from "@/lib/server/publish-version";

// « Télécharger mes données » (RGPD art. 15 and 20): everything the service keeps about the signed-in
// user, as JSON and Markdown in a ZIP. Only rows owned by that user are read; OAuth and session
// tokens are secrets, not data about the person, and are left out.

const README = `Vos données Clairement
======================

Cette archive contient toutes les données que Clairement conserve sur votre compte, à la date de l’export.

compte.json
  Votre compte : adresse e-mail, nom, date de création, comptes de connexion liés (GitHub, Google)
  et dates d’expiration de vos sessions ouvertes. Les jetons techniques (sessions, GitHub, Google)
  sont des secrets : ils ne figurent pas dans l’archive.

politiques/<adresse>/brouillon.json
  Une politique : titre, adresse publique, anciennes adresses, dates (création, modification,
  retrait de la publication, suppression) et le brouillon en cours (vos réponses au questionnaire).
  « supprimee » vaut true pour une politique que vous avez supprimée du tableau de bord : elle est
  encore conservée, parce que ses versions publiées le sont.

politiques/<adresse>/versions/v<n>.json
  La version n publiée : vos réponses figées, l’empreinte SHA-256 du contenu, les dates de publication
  et d’entrée en vigueur, la note de version et le résumé des changements par rapport à la version
  précédente.

politiques/<adresse>/versions/v<n>.md
  Le texte de la version n, tel qu’il a été publié, en Markdown.

Les fichiers JSON sont en UTF-8 ; les réponses suivent le questionnaire de Clairement (les noms des
champs sont en anglais). Pour toute question : consultez la politique de confidentialité de
Clairement, à l’adresse /confidentialite.
`;

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The name of the archive: clairement-donnees-<YYYY-MM-DD>.zip (Paris date). */
export function exportFilename(now = new Date()): string {
  return `clairement-donnees-${todayInParis(now)}.zip`;
}

/** Every file of the archive, by path (exposed for the tests). */
export async function accountExportFiles(userId: string, now = new Date()): Promise<Record<string, Uint8Array>> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      email: true, name: true, createdAt: true, emailVerified: true,
      accounts: { select: { provider: true, type: true, providerAccountId: true } },
      sessions: { select: { expires: true } },
    },
  });
  if (!user?.email) throw new NotFoundError("Compte");
  const policies = await db().policy.findMany({
    where: { ownerId: userId },
    orderBy: { createdAt: "asc" },
    include: { versions: { orderBy: { number: "asc" } }, oldSlugs: { select: { slug: true } } },
  });

  const files: Record<string, Uint8Array> = {
    "LISEZMOI.txt": strToU8(README),
    "compte.json": json({
      exporteLe: now.toISOString(),
      email: user.email,
      nom: user.name,
      creeLe: iso(user.createdAt),
      emailVerifieLe: iso(user.emailVerified),
      comptesLies: user.accounts.map((a) => ({ fournisseur: a.provider, type: a.type, identifiantChezLeFournisseur: a.providerAccountId })),
      sessions: user.sessions.map((s) => ({ expireLe: iso(s.expires) })),
      politiques: policies.map((p) => p.slug),
    }),
  };
  for (const p of policies) {
    const dir = `politiques/${p.slug}`;
    files[`${dir}/brouillon.json`] = json({
      titre: p.title,
      adresse: p.slug,
      anciennesAdresses: p.oldSlugs.map((s) => s.slug),
      creeeLe: iso(p.createdAt),
      modifieeLe: iso(p.updatedAt),
      publicationRetireeLe: iso(p.withdrawnAt),
      supprimee: p.deletedAt !== null,
      supprimeeLe: iso(p.deletedAt),
      versionsPubliees: p.versions.length,
      brouillon: p.draft,
    });
    for (const v of p.versions) {
      files[`${dir}/versions/v${v.number}.json`] = json({
        numero: v.number,
        empreinteSha256: v.sha256,
        publieeLe: iso(v.publishedAt),
        enVigueurLe: v.effectiveDate.toISOString().slice(0, 10),
        note: v.note,
        resumeDesChangements: v.changeSummary,
        reponses: v.answers,
      });
      files[`${dir}/versions/v${v.number}.md`] = strToU8((v.rendered as TRendered).md);
    }
  }
  return files;
}

/** The ZIP of all the signed-in user's data. */
export async function exportAccount(userId: string, now = new Date()): Promise<Uint8Array> {
  const files = await accountExportFiles(userId, now);
  const zippable: Zippable = {};
  for (const [path, data] of Object.entries(files)) zippable[path] = [data, { mtime: now }];
  return zipSync(zippable, { level: 6 });
}
