// The questionnaire: one zod schema, split by wizard step, each field with French metadata (see the
// METADATA CONVENTION in ./fields.ts). The wizard form and the server action both import these schemas;
// `answersJsonSchema()` exports the same thing as JSON Schema (draft 2020-12), metadata included.
import * as z from "zod";
import { typo } from "../text/typography";
import { zStepCookies } from "./cookies";
import { zStepDestinataires } from "./destinataires";
import { zStepDonnees } from "./donnees";
import { zStepDroits } from "./droits";
import { zStepEntreprise } from "./entreprise";
import { field, list, object, requiredText, type TFieldMeta } from "./fields";
import { zStepFinalites } from "./finalites";
import { zStepService } from "./service";

/** Bump when the shape changes, and add a migration in ./migrate.ts. */
export const SCHEMA_VERSION = 3;

export const STEPS = ["entreprise", "service", "donnees", "finalites", "destinataires", "cookies", "droits"] as const;
export type TStep = (typeof STEPS)[number];

export const STEP_SCHEMAS = {
  entreprise: zStepEntreprise,
  service: zStepService,
  donnees: zStepDonnees,
  finalites: zStepFinalites,
  destinataires: zStepDestinataires,
  cookies: zStepCookies,
  droits: zStepDroits,
} as const satisfies Record<TStep, z.ZodObject>;

export const STEP_LABELS: Record<TStep, { title: string; help: string }> = {
  entreprise: { title: "Entreprise", help: typo("Qui édite le service et en est responsable.") },
  service: { title: "Service", help: typo("Le service, ses adresses, son public.") },
  donnees: { title: "Données", help: typo("Les données traitées, leur origine, leur protection.") },
  finalites: { title: "Finalités", help: typo("Pourquoi les données sont traitées, sur quelle base et combien de temps.") },
  destinataires: { title: "Destinataires", help: typo("Qui reçoit les données, et où elles sont traitées.") },
  cookies: { title: "Cookies", help: typo("Les cookies et traceurs du site ou de l'application.") },
  droits: { title: "Droits et contact", help: typo("Comment exercer ses droits, et comment la politique évolue.") },
};

export const zAnswers = object({
  schemaVersion: field(z.literal(SCHEMA_VERSION, { error: "Version du questionnaire inconnue." }), {
    label: "Version du questionnaire", help: "Numéro de version du schéma des réponses.", default: SCHEMA_VERSION, hidden: true,
  }),
  ...zStepEntreprise.shape,
  ...zStepService.shape,
  ...zStepDonnees.shape,
  ...zStepFinalites.shape,
  ...zStepDestinataires.shape,
  ...zStepCookies.shape,
  ...zStepDroits.shape,
  proposed: field(list(requiredText(300), 500).optional(), {
    label: "Réponses proposées par le modèle",
    help: "Ce que le modèle de départ a proposé et que vous n'avez pas encore confirmé, modifié ou retiré (voir lib/policy/answers/proposals.ts).",
    default: [], widget: "list", hidden: true,
  }),
});

export type TAnswers = z.infer<typeof zAnswers>;
export type TPurpose = TAnswers["purposes"][number];
export type TRecipient = TAnswers["recipients"][number];
export type TTracker = TAnswers["cookies"]["trackers"][number];
export type TRetention = TPurpose["retention"];
export type TController = TAnswers["controller"];

/** The whole questionnaire as JSON Schema (draft 2020-12), with each field's French metadata. */
export function answersJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(zAnswers, { target: "draft-2020-12" }) as Record<string, unknown>;
}

/** Every field of a schema with its metadata, paths in dotted form ("purposes.*.retention.mode"). */
export function listFields(schema: z.ZodType = zAnswers, prefix = ""): { path: string; meta: TFieldMeta | undefined }[] {
  const out: { path: string; meta: TFieldMeta | undefined }[] = [];
  const visit = (s: z.ZodType, path: string) => {
    if (path) out.push({ path, meta: s.meta() as TFieldMeta | undefined });
    let inner: z.ZodType = s;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
    if (inner instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(inner.shape)) visit(child as z.ZodType, path ? `${path}.${key}` : key);
    } else if (inner instanceof z.ZodArray) {
      const el = inner.element as z.ZodType;
      let elInner: z.ZodType = el;
      while (elInner instanceof z.ZodOptional) elInner = elInner.unwrap() as z.ZodType;
      if (elInner instanceof z.ZodObject) {
        for (const [key, child] of Object.entries(elInner.shape)) visit(child as z.ZodType, `${path}.*.${key}`);
      }
    }
  };
  visit(schema, prefix);
  return out;
}

/** French label of the field at a finding's path ("purposes.2.legitimateInterest" → « Intérêt légitime poursuivi »). */
let labels: Map<string, string | undefined> | null = null;
export function fieldLabel(path: string): string | undefined {
  labels ??= new Map(listFields().map((f) => [f.path, f.meta?.label]));
  return labels.get(path.split(".").map((p) => (/^\d+$/.test(p) ? "*" : p)).join("."));
}
