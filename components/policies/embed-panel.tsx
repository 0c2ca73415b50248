"use client";

import { useState } from "react";
import { CopyField } from "./copy-field";

/** « Intégrer »: a plain link, an iframe that sizes itself, or the JSON API — each ready to copy. */
export function EmbedPanel({ origin, slug, title }: { origin: string; slug: string; title: string }) {
  const [accent, setAccent] = useState("#0b5c55");
  const [branding, setBranding] = useState(true);
  const params = new URLSearchParams();
  if (accent.toLowerCase() !== "#0b5c55") params.set("couleur", accent.slice(1));
  if (!branding) params.set("marque", "0");
  const query = params.size ? `?${params}` : "";
  const page = `${origin}/p/${slug}`;
  const iframe = `<iframe data-clairement src="${origin}/p/${slug}/embed${query}" title="${title.replaceAll('"', "&quot;")}" style="width:100%;border:0;min-height:600px" loading="lazy"></iframe>\n<script src="${origin}/embed.js" async></script>`;
  return (
    <section aria-labelledby="integrer-titre" className="space-y-4 rounded-lg border border-line bg-white p-5">
      <h2 id="integrer-titre" className="font-serif text-xl font-semibold">
        Intégrer
      </h2>
      <CopyField label="Lien à placer dans le pied de page de votre site" value={page} />
      <fieldset className="flex flex-wrap items-end gap-6">
        <legend className="text-sm font-semibold">Options de l’intégration</legend>
        <div>
          <label htmlFor="couleur-accent" className="block text-sm">
            Couleur des liens
          </label>
          <input id="couleur-accent" type="color" value={accent} onChange={(e) => setAccent(e.target.value)} className="mt-1 h-9 w-16 rounded border border-line" />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={!branding} onChange={(e) => setBranding(!e.target.checked)} className="size-4 accent-accent" />
          Masquer la mention « publiée avec Clairement »
        </label>
      </fieldset>
      <CopyField label="Iframe à hauteur automatique (sans cookie ni suivi)" value={iframe} multiline />
      <CopyField label="API JSON (pour un rendu côté serveur, CORS ouvert)" value={`${origin}/api/p/${slug}`} />
    </section>
  );
}
