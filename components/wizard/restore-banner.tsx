"use client";

import { buttonClass } from "@/components/ui/button";

// The founder's local time, the one they typed in.
const when = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });

/**
 * Offers the edits found in this browser that the server does not have (issue 12): restore them into the form, where
 * the autosave sends them, or ignore them (deleted). `newerOnServer`: the draft was saved since they were typed
 * (another tab, another device), and restoring replaces that version.
 */
export function RestoreBanner({ writtenAt, newerOnServer, onRestore, onIgnore }: { writtenAt: string; newerOnServer: boolean; onRestore: () => void; onIgnore: () => void }) {
  return (
    <div role="alert" data-testid="modifications-retrouvees" className="basis-full rounded-lg border border-warn bg-warn-soft p-4 text-ink">
      <p className="font-semibold">
        Des modifications non enregistrées ont été retrouvées dans ce navigateur (saisies le {when.format(new Date(writtenAt))}).
      </p>
      <p className="mt-1 text-sm">
        {newerOnServer
          ? "Ce brouillon a été enregistré depuis, ailleurs ou dans un autre onglet : les restaurer remplacera cette version plus récente par ces modifications."
          : "Le brouillon affiché ne les contient pas : restaurez-les pour les reprendre, elles seront enregistrées aussitôt."}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" className={buttonClass.primary} onClick={onRestore}>
          Restaurer ces modifications
        </button>
        <button type="button" className={buttonClass.secondary} onClick={onIgnore}>
          Les ignorer
        </button>
      </div>
    </div>
  );
}
