import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { buttonClass } from "@/components/ui/button";

const PROMISES = [
  {
    title: "Rédigée comme par un juriste",
    text: "Une base légale pour chaque finalité, les transferts hors UE avec leur garantie, les durées de conservation recommandées par la CNIL, la majorité numérique à 15 ans, les directives post mortem.",
  },
  {
    title: "Des questions simples, un aperçu en direct",
    text: "Vous décrivez votre activité, vos prestataires et vos cookies ; la politique se construit sous vos yeux et signale ce qui manque avant publication.",
  },
  {
    title: "Publiée en versions datées",
    text: "Chaque version reste en ligne à son adresse, avec l’historique des modifications, et se télécharge en PDF ou en HTML. Un simple lien suffit : aucun script à intégrer.",
  },
];

export default function HomePage() {
  return (
    <>
      <SiteHeader />
      <main id="contenu">
        <section className="mx-auto max-w-5xl px-4 pb-12 pt-16">
          <p className="text-sm font-semibold uppercase tracking-wider text-accent">Pour les fondateurs de petites entreprises en ligne</p>
          <h1 className="mt-3 max-w-3xl font-serif text-4xl font-semibold leading-tight sm:text-5xl">
            Votre politique de confidentialité, conforme au RGPD et au droit français.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-ink-soft">
            SaaS, outil d’IA, boutique en ligne, application mobile ou site vitrine : Clairement vous pose les bonnes questions et
            rédige une politique complète, que vous publiez en un clic.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/connexion" className={buttonClass.primary}>
              Rédiger ma politique
            </Link>
            <a href="#promesses" className={buttonClass.secondary}>
              En savoir plus
            </a>
          </div>
        </section>
        <section id="promesses" aria-labelledby="promesses-titre" className="border-t border-line bg-white">
          <div className="mx-auto max-w-5xl px-4 py-12">
            <h2 id="promesses-titre" className="font-serif text-2xl font-semibold">
              Ce que les modèles et les chatbots oublient
            </h2>
            <ul className="mt-8 grid gap-6 sm:grid-cols-3">
              {PROMISES.map((p) => (
                <li key={p.title} className="rounded-lg border border-line bg-paper p-5">
                  <h3 className="font-semibold">{p.title}</h3>
                  <p className="mt-2 text-sm leading-relaxed text-ink-soft">{p.text}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>
      </main>
      <footer className="mx-auto flex max-w-5xl flex-wrap justify-between gap-2 px-4 py-8 text-sm text-ink-soft">
        <p>Clairement — des politiques de confidentialité claires, datées et publiques.</p>
        {/* A route handler serving plain HTML, not a Next page: a plain link, never prefetched. */}
        <a href="/confidentialite" className="text-accent underline">
          Politique de confidentialité
        </a>
      </footer>
    </>
  );
}
