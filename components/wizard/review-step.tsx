import type { TCompliance } from "@/lib/policy";

/** « Relecture »: the reasons « Publier » is not available yet are always spelled out. */
export function ReviewStep({ compliance }: { compliance: TCompliance | null }) {
  const blocking = compliance?.findings.filter((f) => f.severity === "blocking").length ?? 0;
  const reason =
    blocking > 0
      ? `Corrigez d’abord ${blocking === 1 ? "le point bloquant" : `les ${blocking} points bloquants`} listé${blocking > 1 ? "s" : ""} dans le panneau Conformité.`
      : "La publication en versions datées arrive avec la prochaine mise à jour : votre brouillon est enregistré et complet.";
  return (
    <div className="space-y-4">
      <p className="text-ink-soft">
        Relisez la politique complète dans l’aperçu. Chaque point relevé renvoie à la question qui le corrige.
      </p>
      <div className="rounded-lg border border-line bg-white p-4">
        <button type="button" disabled aria-describedby="publier-raison" className="rounded-md bg-accent px-4 py-2 font-semibold text-white disabled:cursor-not-allowed disabled:opacity-60">
          Publier
        </button>
        <p id="publier-raison" className="mt-2 text-sm text-ink-soft">
          {reason}
        </p>
      </div>
    </div>
  );
}
