"use client";

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "@/components/ui/button";
import { PURPOSE_PRESETS, type TAnswers } from "@/lib/policy";
import { addPurposes, purposeSuggestions, type TPurposeSuggestion } from "@/lib/policy/answers/suggestions";
import { addManualVendor, addVendor } from "@/lib/policy/answers/vendors";
import { exactCatalogueMatch, searchCatalogue, type TCatalogueEntry } from "@/lib/policy/catalogue";
import { COUNTRY_NAMES } from "@/lib/policy/vocabulary";

type TOption = { kind: "entry"; entry: TCatalogueEntry } | { kind: "manual"; name: string };

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * The service catalogue as a WAI-ARIA 1.2 combobox with a listbox popup. Picking an entry adds the recipient and
 * the cookies it sets (addVendor); a name the catalogue lacks can be added by hand. Focus stays in the search field
 * throughout, and Enter never submits the wizard's form.
 */
export function CataloguePicker() {
  const { getValues, setValue, control } = useFormContext<TAnswers>();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState("");
  // Dismissed suggestions, by recipient id: component state until the schema can store them.
  const [dismissed, setDismissed] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listboxId = `${id}-resultats`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const results = useMemo(() => searchCatalogue(query, 8), [query]);
  const typed = query.trim();
  const options: TOption[] = useMemo(() => {
    const found: TOption[] = results.map((entry) => ({ kind: "entry", entry }));
    return typed && !exactCatalogueMatch(typed) ? [...found, { kind: "manual", name: typed }] : found;
  }, [results, typed]);
  const expanded = open && options.length > 0;

  const [recipients, purposes] = useWatch({ control, name: ["recipients", "purposes"] });
  const suggestions = useMemo(
    () => purposeSuggestions({ recipients: recipients ?? [], purposes: purposes ?? [] }, dismissed),
    [recipients, purposes, dismissed],
  );

  // Text typed before hydration is in the field but not in the state: take it, so it is searched.
  useEffect(() => {
    const typedEarly = input.current?.value ?? "";
    if (typedEarly) {
      setQuery(typedEarly);
      setOpen(document.activeElement === input.current);
    }
  }, []);

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [expanded, active, id]);

  /** The draft as the pure functions expect it, whatever a half-filled draft leaves undefined. */
  const current = (): TAnswers => {
    const a = getValues();
    return { ...a, recipients: a.recipients ?? [], purposes: a.purposes ?? [], cookies: { ...a.cookies, trackers: a.cookies?.trackers ?? [] } };
  };

  const done = (message: string) => {
    setAnnounce(message);
    setQuery("");
    setOpen(false);
    setActive(-1);
    input.current?.focus();
  };

  const choose = (option: TOption) => {
    const before = current();
    if (option.kind === "manual") {
      const { answers, recipient } = addManualVendor(before, option.name);
      setValue("recipients", answers.recipients, { shouldDirty: true });
      // Its card is opened below, ready to be completed (the focus stays in the search field).
      const index = answers.recipients.length - 1;
      requestAnimationFrame(() => {
        const card = document.getElementById(`champ-recipients.${index}`);
        if (card instanceof HTMLDetailsElement) card.open = true;
      });
      done(`« ${recipient.name} » ajouté aux destinataires à la main : complétez sa fiche ci-dessous (société, pays, rôle).`);
      return;
    }
    const { answers, added } = addVendor(before, option.entry);
    if (answers.recipients !== before.recipients) setValue("recipients", answers.recipients, { shouldDirty: true });
    if (added.trackers.length || answers.cookies.trackers.some((t, i) => t !== before.cookies.trackers[i])) {
      setValue("cookies.trackers", answers.cookies.trackers, { shouldDirty: true });
    }
    if (answers.cookies.consentTool !== before.cookies.consentTool) setValue("cookies.consentTool", answers.cookies.consentTool, { shouldDirty: true });
    const cookies = plural(added.trackers.length, "cookie", "cookies");
    const name = option.entry.name;
    if (added.recipient === null) {
      // Software installed on the site's own hosting: its cookies, no recipient (the host already is one).
      done(added.trackers.length
        ? `${name} : ${cookies} ${added.trackers.length > 1 ? "ajoutés" : "ajouté"} à l’étape Cookies ; installé sur votre hébergement, il n’ajoute pas de destinataire.`
        : `${name} : ses cookies figurent déjà à l’étape Cookies ; installé sur votre hébergement, il n’ajoute pas de destinataire.`);
    } else if (added.alreadyPresent) {
      done(added.trackers.length
        ? `${name} figure déjà parmi les destinataires ; ${cookies} ${added.trackers.length > 1 ? "ajoutés" : "ajouté"} à l’étape Cookies.`
        : `${name} figure déjà parmi les destinataires.`);
    } else {
      done(added.trackers.length ? `${name} ajouté aux destinataires avec ${cookies}.` : `${name} ajouté aux destinataires.`);
    }
  };

  const acceptSuggestion = (s: TPurposeSuggestion) => {
    const { answers, added } = addPurposes(current(), s.presets);
    setValue("purposes", answers.purposes, { shouldDirty: true });
    const labels = added.map((p) => p.label).join(", ");
    setAnnounce(`${plural(added.length, "finalité ajoutée", "finalités ajoutées")}${labels ? `\u00a0: ${labels}` : ""}.`);
    input.current?.focus();
  };

  const dismiss = (s: TPurposeSuggestion) => {
    setDismissed((d) => [...d, s.recipientId]);
    setAnnounce(`Suggestion ignorée pour ${s.name}.`);
    input.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = options.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (n === 0) return;
      const down = e.key === "ArrowDown";
      if (!expanded) {
        setOpen(true);
        setActive(down ? 0 : n - 1);
      } else {
        setActive((i) => (down ? (i + 1) % n : i <= 0 ? n - 1 : i - 1));
      }
    } else if (e.key === "Enter") {
      // Never submit the wizard's form from the search field.
      e.preventDefault();
      const option = expanded && active >= 0 ? options[active] : undefined;
      if (option) choose(option);
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (expanded) {
        setOpen(false);
        setActive(-1);
      } else {
        setQuery("");
      }
    }
  };

  const count = results.length
    ? `${plural(results.length, "prestataire trouvé", "prestataires trouvés")}.`
    : `Aucun prestataire trouvé${typed ? `\u00a0: vous pouvez ajouter « ${typed} » à la main` : ""}.`;

  return (
    <section aria-labelledby={`${id}-titre`} className="space-y-3 rounded-lg border border-accent/40 bg-accent-soft p-4">
      <h3 id={`${id}-titre`} className="font-serif text-lg font-semibold">
        Ajouter un prestataire du catalogue
      </h3>
      <label htmlFor={`${id}-recherche`} className="block text-sm font-semibold">
        Rechercher un prestataire (Stripe, Brevo, OpenAI…)
      </label>
      <p id={`${id}-aide`} className="text-sm text-ink-soft">
        Ses cookies connus sont ajoutés avec lui. Flèches pour parcourir, Entrée pour ajouter, Échap pour fermer.
      </p>
      <div className="relative">
        <input
          ref={input}
          id={`${id}-recherche`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-aide`}
          className="block min-h-11 w-full rounded-md border border-line bg-white px-3 py-2"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
            setAnnounce("");
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listboxId} role="listbox" aria-label="Prestataires du catalogue" hidden={!expanded} className="mt-1 space-y-1">
          {options.map((option, i) => (
            <li
              key={option.kind === "entry" ? option.entry.id : "manual"}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`flex min-h-11 cursor-pointer flex-wrap items-center gap-x-1 rounded-md px-3 py-2 text-left ${
                i === active ? "bg-paper outline-2 outline-accent" : "bg-white hover:bg-paper"
              }`}
              // Keep the focus in the search field: the click picks the option without blurring it.
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(option)}
            >
              {option.kind === "entry" ? (
                <>
                  <span className="font-semibold">{option.entry.name}</span>{" "}
                  <span className="text-sm text-ink-soft">
                    — {option.entry.legalEntity}, {COUNTRY_NAMES[option.entry.country]?.name ?? option.entry.country}
                  </span>
                </>
              ) : (
                <span>{`Ajouter « ${option.name} » à la main`}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p className="sr-only" role="status" aria-live="polite" data-testid="catalogue-resultats">
        {typed && open ? count : ""}
      </p>
      <p className="text-sm font-semibold" role="status" aria-live="polite" data-testid="catalogue-annonce">
        {announce}
      </p>
      {suggestions.length ? (
        <ul aria-label="Finalités suggérées" className="space-y-2">
          {suggestions.map((s) => (
            <li key={s.recipientId} className="space-y-2 rounded-md bg-white p-3 text-sm">
              <p id={`${id}-suggestion-${s.recipientId}`}>
                <strong>{s.name}</strong> sert d’ordinaire à : {s.presets.map((p) => PURPOSE_PRESETS[p].label).join(", ")}.
              </p>
              <div className="flex flex-wrap gap-2">
                <button type="button" className={`${buttonClass.secondary} min-h-11`} aria-describedby={`${id}-suggestion-${s.recipientId}`} onClick={() => acceptSuggestion(s)}>
                  Ajouter ces finalités
                </button>
                <button type="button" className={`${buttonClass.ghost} min-h-11`} aria-describedby={`${id}-suggestion-${s.recipientId}`} onClick={() => dismiss(s)}>
                  Ignorer
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
