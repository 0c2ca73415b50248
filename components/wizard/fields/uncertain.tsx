"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "@/components/ui/button";

/** A recipient's fact the catalogue marks « à vérifier » (`recipients.N.uncertain` holds its path within the recipient). */
function uncertainAt(path: string): { list: string; key: string } | null {
  const m = /^(recipients\.\d+)\.(.+)$/.exec(path);
  return m ? { list: `${m[1]}.uncertain`, key: m[2]! } : null;
}

/**
 * Whether the answer at `path` is a catalogue fact still to check, and how to mark it checked: the founder's
 * « C'est vérifié », or their own edit of it (a trusted input or change event), clears the « à vérifier » item.
 */
function useUncertain(path: string): { uncertain: boolean; verify: () => void } {
  const { getValues, setValue } = useFormContext();
  const at = uncertainAt(path);
  const list = (useWatch({ name: at?.list ?? "__aucun__", disabled: !at }) ?? []) as string[];
  const uncertain = at !== null && list.includes(at.key);
  const verify = () => {
    if (!at) return;
    setValue(at.list, ((getValues(at.list) ?? []) as string[]).filter((k) => k !== at.key), { shouldDirty: true });
  };
  return { uncertain, verify };
}

export function UncertainField({ path, what, children }: { path: string; what: string; children: React.ReactNode }) {
  const { uncertain, verify } = useUncertain(path);
  if (!uncertain) return <>{children}</>;
  const onEdit = (e: React.SyntheticEvent) => {
    if (e.nativeEvent.isTrusted) verify();
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-line bg-paper px-3 py-2 text-sm">
        <p className="min-w-0">
          <strong>À vérifier.</strong> Le catalogue n’est pas sûr de {what} : vérifiez sur le site du prestataire, puis corrigez ou confirmez.
        </p>
        <button type="button" className={buttonClass.secondary} onClick={verify}>
          C’est vérifié<span className="sr-only"> : {what}</span>
        </button>
      </div>
      <div onInput={onEdit} onChange={onEdit}>
        {children}
      </div>
    </div>
  );
}

/**
 * On a recipient's card: the catalogue's doubts about the cookies it sets (`cookies.N.…` in `uncertain`), which no
 * field of the card holds (the cookies are on the Cookies step). « C'est vérifié » clears them once checked.
 */
export function UncertainCookiesNote({ path, what }: { path: string; what: string }) {
  const { getValues, setValue } = useFormContext();
  const isRecipient = /^recipients\.\d+$/.test(path);
  const list = (useWatch({ name: `${path}.uncertain`, disabled: !isRecipient }) ?? []) as string[];
  const cookies = isRecipient ? list.filter((k) => k.startsWith("cookies.")) : [];
  if (cookies.length === 0) return null;
  const verify = () => setValue(`${path}.uncertain`, ((getValues(`${path}.uncertain`) ?? []) as string[]).filter((k) => !k.startsWith("cookies.")), { shouldDirty: true });
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-line bg-paper px-3 py-2 text-sm">
      <p className="min-w-0">
        <strong>À vérifier.</strong> Le catalogue n’est pas sûr des cookies que dépose {what} (leur durée ou leur catégorie, à l’étape Cookies) : vérifiez-les sur le site du prestataire, corrigez-les au besoin, puis confirmez.
      </p>
      <button type="button" className={buttonClass.secondary} onClick={verify}>
        C’est vérifié<span className="sr-only"> : cookies de {what}</span>
      </button>
    </div>
  );
}
