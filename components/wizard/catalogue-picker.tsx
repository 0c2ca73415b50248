"use client";

import { useId, useMemo, useState } from "react";
import { useFormContext } from "react-hook-form";
import { buttonClass } from "@/components/ui/button";
import {
  PURPOSE_PRESETS, purposeFrom, recipientFromCatalogue, trackersFromCatalogue,
  type TAnswers, type TPurposePreset,
} from "@/lib/policy";
import { searchCatalogue, type TCatalogueEntry } from "@/lib/policy/catalogue";
import { COUNTRY_NAMES } from "@/lib/policy/vocabulary";

type TSuggestion = { entry: TCatalogueEntry; presets: TPurposePreset[]; trackers: number };

/** Search-as-you-type in the service catalogue; picking an entry adds it as a recipient, prefilled. */
export function CataloguePicker() {
  const { getValues, setValue } = useFormContext<TAnswers>();
  const [query, setQuery] = useState("");
  const [suggestion, setSuggestion] = useState<TSuggestion | null>(null);
  const [announce, setAnnounce] = useState("");
  const results = useMemo(() => searchCatalogue(query, 8), [query]);
  const id = useId();

  const pick = (entry: TCatalogueEntry) => {
    const recipients = getValues("recipients") ?? [];
    if (recipients.some((r) => r.catalogueId === entry.id)) {
      setAnnounce(`${entry.name} figure déjà parmi les destinataires.`);
      return;
    }
    setValue("recipients", [...recipients, recipientFromCatalogue(entry)], { shouldDirty: true });
    const purposeKeys = new Set((getValues("purposes") ?? []).map((p) => p.key));
    const presets = (Object.keys(PURPOSE_PRESETS) as TPurposePreset[]).filter(
      (p) => entry.defaultPurposes.includes(PURPOSE_PRESETS[p].key as never) && !purposeKeys.has(PURPOSE_PRESETS[p].key),
    );
    const known = new Set((getValues("cookies.trackers") ?? []).map((t) => t.name));
    setSuggestion({ entry, presets, trackers: entry.cookies.filter((c) => !known.has(c.name)).length });
    setAnnounce(`${entry.name} ajouté aux destinataires.`);
    setQuery("");
  };

  const addPurposes = (s: TSuggestion) => {
    const purposes = getValues("purposes") ?? [];
    const taken = new Set(purposes.map((p) => p.id));
    const added = s.presets.map((p) => purposeFrom(p)).filter((p) => !taken.has(p.id));
    setValue("purposes", [...purposes, ...added], { shouldDirty: true });
    setSuggestion({ ...s, presets: [] });
    setAnnounce(`${added.length} finalité${added.length > 1 ? "s" : ""} ajoutée${added.length > 1 ? "s" : ""}.`);
  };

  const addTrackers = (s: TSuggestion) => {
    const trackers = getValues("cookies.trackers") ?? [];
    const known = new Set(trackers.map((t) => t.name));
    setValue("cookies.trackers", [...trackers, ...trackersFromCatalogue(s.entry).filter((t) => !known.has(t.name))], { shouldDirty: true });
    setSuggestion({ ...s, trackers: 0 });
    setAnnounce(`Cookies de ${s.entry.name} ajoutés à l’étape Cookies.`);
  };

  return (
    <section aria-labelledby={`${id}-titre`} className="space-y-3 rounded-lg border border-accent/40 bg-accent-soft p-4">
      <h3 id={`${id}-titre`} className="font-serif text-lg font-semibold">
        Ajouter un prestataire du catalogue
      </h3>
      <label htmlFor={`${id}-recherche`} className="block text-sm font-semibold">
        Rechercher un prestataire (Stripe, Brevo, OpenAI…)
      </label>
      <input
        id={`${id}-recherche`}
        type="search"
        autoComplete="off"
        className="block w-full rounded-md border border-line bg-white px-3 py-2"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-controls={`${id}-resultats`}
      />
      <ul id={`${id}-resultats`} aria-label="Résultats de la recherche" className="space-y-1">
        {results.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="w-full rounded-md bg-white px-3 py-2 text-left hover:bg-paper" onClick={() => pick(entry)}>
              <span className="font-semibold">{entry.name}</span>{" "}
              <span className="text-sm text-ink-soft">
                — {entry.legalEntity}, {COUNTRY_NAMES[entry.country]?.name ?? entry.country}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {query && results.length === 0 ? <p className="text-sm">Aucun prestataire trouvé : ajoutez-le à la main ci-dessous.</p> : null}
      {suggestion && (suggestion.presets.length > 0 || suggestion.trackers > 0) ? (
        <div className="space-y-2 rounded-md bg-white p-3 text-sm">
          <p>
            <strong>{suggestion.entry.name}</strong> sert d’ordinaire à :{" "}
            {suggestion.presets.map((p) => PURPOSE_PRESETS[p].label).join(", ") || "des finalités déjà présentes"}.
          </p>
          <div className="flex flex-wrap gap-2">
            {suggestion.presets.length ? (
              <button type="button" className={buttonClass.secondary} onClick={() => addPurposes(suggestion)}>
                Ajouter ces finalités
              </button>
            ) : null}
            {suggestion.trackers ? (
              <button type="button" className={buttonClass.secondary} onClick={() => addTrackers(suggestion)}>
                Ajouter ses cookies ({suggestion.trackers})
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
    </section>
  );
}
