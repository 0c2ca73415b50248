// V-rules, « vraisemblance »: answers that are possible but implausible against the CNIL references of
// RULES §2.1 (retention, tracker lifetimes) or against what such a service needs (a host, an AI provider, an ad
// network). Each message cites its reference. Severities and their reasons: lib/policy/README.md, « C and V rules ».
import type { TPurpose } from "../schema";
import { duration, has } from "../text/grammar";
import { trackerNeedsConsent, type TPurposeKey, type TServiceKind } from "../vocabulary";
import { anyRecipientDoes, lifetimeMonths, plain, purposeName, retentionMonths, words, type TAnswerRule, type TEmit } from "./answer-rules";

/** A little over the limit is the limit (« 397 jours » are 13 calendar months): about three days. */
const TOLERANCE = 0.1;
const over = (months: number | undefined, limit: number): months is number => months !== undefined && months > limit + TOLERANCE;
/** A purpose's retention as the founder set it (« 3 ans », « 760 jours »); only called when it is a duration. */
const kept = (p: TPurpose) => duration(p.retention.amount ?? 0, p.retention.unit ?? "months");

// ---- V01: tracker lifetime of audience measurement ≤ 13 months (CNIL recommendation 2020-092, art. 5). ----

const V01: TAnswerRule = {
  id: "V01",
  applies: (a) => a.cookies.trackers.some((t) => t.category === "audience_exempt" || t.category === "analytics"),
  check: (a, emit) => {
    a.cookies.trackers.forEach((t, i) => {
      const months = lifetimeMonths(t.lifetime);
      if (!over(months, 13)) return;
      const name = has(t.name) ? `« ${t.name.trim()} »` : "de mesure d'audience";
      if (t.category === "audience_exempt") {
        emit("V01", "blocking", `cookies.trackers.${i}.lifetime`,
          `Le traceur ${name} a une durée de vie de ${t.lifetime.trim()} : la mesure d'audience n'est exemptée de consentement que si ses traceurs ont une durée de vie de 13 mois au plus, non prolongée à chaque visite (recommandation CNIL 2020-092). Réduisez sa durée de vie, ou classez-le parmi les traceurs soumis au consentement.`);
      } else if (t.category === "analytics") {
        emit("V01", "warning", `cookies.trackers.${i}.lifetime`,
          `Le traceur ${name} a une durée de vie de ${t.lifetime.trim()} : la CNIL retient 13 mois au plus pour les traceurs de mesure d'audience (recommandation CNIL 2020-092). Vérifiez cette durée dans la configuration de l'outil.`);
      }
    });
  },
};

// ---- V02–V04: retention of purposes against RULES §2.1. ----

type TPurposeLimit = {
  id: "V02" | "V03" | "V04";
  /** Whether the purpose is of the kind the reference is about. */
  concerns: (p: TPurpose) => boolean;
  check: (p: TPurpose, i: number, emit: TEmit) => void;
};

const AUDIENCE: readonly TPurposeKey[] = ["audience_exempt", "analytics_consent"];
const PROSPECTS: readonly TPurposeKey[] = ["newsletter", "b2b_prospecting"];
const at = (i: number, f: string) => `purposes.${i}.${f}`;

const LIMITS: TPurposeLimit[] = [
  {
    // Data collected by audience measurement ≤ 25 months: a condition of the exemption, a reference otherwise.
    id: "V02",
    concerns: (p) => p.key !== "custom" && AUDIENCE.includes(p.key),
    check: (p, i, emit) => {
      const months = retentionMonths(p.retention);
      const exempt = p.key === "audience_exempt";
      if (over(months, 25)) {
        emit("V02", exempt ? "blocking" : "warning", at(i, "retention.amount"), exempt
          ? `Les données de la finalité « ${purposeName(p)} » sont conservées ${kept(p)} : la mesure d'audience n'est exemptée de consentement que si ses données sont conservées 25 mois au plus (recommandation CNIL 2020-092).`
          : `Les données de la finalité « ${purposeName(p)} » sont conservées ${kept(p)} : la CNIL retient 25 mois au plus pour les données de mesure d'audience (recommandation CNIL 2020-092).`);
      } else if (exempt && p.retention.mode !== "duration") {
        emit("V02", "warning", at(i, "retention.mode"),
          `La mesure d'audience exemptée de consentement conserve ses données 25 mois au plus (recommandation CNIL 2020-092) : indiquez une durée fixe pour « ${purposeName(p)} » plutôt qu'un événement ou des critères.`);
      }
    },
  },
  {
    // Security and connection logs: 6 months to 1 year, up to 3 years when justified (CNIL 2021-122).
    id: "V03",
    concerns: (p) => p.key === "security" || (p.data ?? []).includes("logs"),
    check: (p, i, emit) => {
      const months = retentionMonths(p.retention);
      if (over(months, 36)) {
        emit("V03", "warning", at(i, "retention.amount"),
          `Les journaux de la finalité « ${purposeName(p)} » sont conservés ${kept(p)} : la CNIL retient de 6 mois à 1 an, et jusqu'à 3 ans au plus lorsque c'est justifié (recommandation CNIL 2021-122 sur la journalisation).`);
      } else if (over(months, 12) && !has(p.retention.criteria)) {
        emit("V03", "warning", at(i, "retention.criteria"),
          `Les journaux de la finalité « ${purposeName(p)} » sont conservés ${kept(p)}, au-delà de la durée d'un an que retient la CNIL (recommandation CNIL 2021-122 sur la journalisation) : indiquez ce qui justifie cette durée, ou réduisez-la.`);
      }
    },
  },
  {
    // Prospects: 3 years from collection or from the last contact initiated by the prospect.
    id: "V04",
    concerns: (p) => p.key !== "custom" && PROSPECTS.includes(p.key),
    check: (p, i, emit) => {
      const months = retentionMonths(p.retention);
      if (!over(months, 36)) return;
      emit("V04", "warning", at(i, "retention.amount"),
        `Les données de prospection de la finalité « ${purposeName(p)} » sont conservées ${kept(p)} : le référentiel CNIL gestion commerciale retient 3 ans au plus à compter de la collecte ou du dernier contact venant de la personne.`);
    },
  },
];

const purposeLimit = (limit: TPurposeLimit): TAnswerRule => ({
  id: limit.id,
  applies: (a) => a.purposes.some(limit.concerns),
  check: (a, emit) => a.purposes.forEach((p, i) => { if (limit.concerns(p)) limit.check(p, i, emit); }),
});

// ---- V05: the cookie choice is kept 6 months, then asked again (CNIL recommendation 2020-092, good practice). ----

const V05: TAnswerRule = {
  id: "V05",
  // The text prints this duration only when some tracker needs consent.
  applies: (a) => a.cookies.trackers.some((t) => trackerNeedsConsent(t.category)),
  check: (a, emit) => {
    const months = a.cookies.choiceRetentionMonths;
    if (months <= 6) return;
    emit("V05", "warning", "cookies.choiceRetentionMonths",
      `Le choix en matière de cookies est conservé ${duration(months, "months")} : la CNIL recommande de le redemander au bout de 6 mois (recommandation CNIL 2020-092).`);
  },
};

// ---- V06: the legitimate interest is stated (M05), and says something concrete. ----

const INTEREST = words(String.raw`\b(?:(?:l'|les|le|nos|notre|son|ses|leur|leurs|un|des|d'un|d')\s*)?intér[eê]ts?\s+légitimes?\b`, "g");
/** Words that carry no interest of their own: articles, possessives, and what restating the basis adds. */
const FILLER = new Set([
  "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "à", "a", "et", "ou", "en", "par", "pour", "sur", "dans", "avec",
  "notre", "nos", "votre", "vos", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "qui", "que", "est", "sont", "être",
  "nous", "il", "elle", "on", "y", "se", "s", "base", "basé", "basée", "fondé", "fondée", "fondement", "sur", "relève", "repose",
  "société", "entreprise", "responsable", "traitement", "traitements", "poursuivi", "poursuivis", "légitime", "légitimes", "intérêt",
  "intérêts", "article", "rgpd", "6", "1", "f", "conformément", "cadre", "titre", "raison", "raisons", "motif", "motifs",
]);
/** A verb or an action noun: the interest says what is done (« protéger », « prospection », « amélioration »). */
const ACTION = /(?:er|ir|re|oir|tion|sion|ment|age|ance|ence)s?$/u;

/** What a legitimate interest says beyond restating itself: its content words. */
export function interestWords(text: string): string[] {
  const t = plain(text).replace(INTEREST, " ");
  return (t.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FILLER.has(w));
}

const V06: TAnswerRule = {
  id: "V06",
  applies: (a) => a.purposes.some((p) => p.basis === "legitimate_interest"),
  check: (a, emit) => {
    a.purposes.forEach((p, i) => {
      const text = p.legitimateInterest;
      // Blank or under 15 characters: check.ts's M05 finding.
      if (p.basis !== "legitimate_interest" || !has(text) || text.trim().length < 15) return;
      const content = interestWords(text);
      if (content.length === 0) {
        // « Notre intérêt légitime », « l'intérêt légitime de la société »: the published text would state no interest.
        emit("M05", "blocking", at(i, "legitimateInterest"),
          `« ${text.trim()} » ne dit pas quel intérêt est poursuivi pour la finalité « ${purposeName(p)} » : décrivez-le concrètement (par exemple « protéger les comptes contre les connexions frauduleuses »).`);
      } else if (content.length < 3 || !content.some((w) => w.length > 3 && ACTION.test(w))) {
        emit("V06", "warning", at(i, "legitimateInterest"),
          `L'intérêt légitime de la finalité « ${purposeName(p)} » est trop vague pour que la personne puisse le mettre en balance avec ses droits : dites ce que vous faites et pourquoi (par exemple « protéger les comptes contre les connexions frauduleuses »).`);
      }
    });
  },
};

// ---- V07–V09: what such a service needs among its recipients. ----

const HOSTED: readonly TServiceKind[] = ["saas", "ai_tool", "mobile_app", "marketplace"];

const V07: TAnswerRule = {
  id: "V07",
  applies: (a) => HOSTED.includes(a.service.kind),
  check: (a, emit) => {
    if (anyRecipientDoes(a, ["hosting", "database"], ["hosting"])) return;
    emit("V07", "warning", "recipients",
      "Un service en ligne est hébergé quelque part, mais aucun hébergeur ne figure parmi les destinataires : ajoutez-le (Scaleway, OVHcloud, AWS, Vercel…), en tant que sous-traitant, avec le pays où les données sont stockées.");
  },
};

const AI_PURPOSES: readonly TPurposeKey[] = ["ai_processing", "ai_training"];
/** A purpose that says its model runs on the controller's own machines needs no AI provider. */
const IN_HOUSE = words(String.raw`\b(?:nos|mes) (?:propres )?(?:serveurs|machines|infrastructures?)\b|\bpropres? (?:serveurs|machines|infrastructures?|modèles?)\b|\ben interne\b|\bauto-?hébergée?s?\b|\bpar nos soins\b|\bsur site\b|\blocalement\b`);
/** A purpose's text saying its model runs on the controller's own machines. */
export const saysInHouse = (p: TPurpose) => IN_HOUSE.test(plain([p.label, p.description, p.legitimateInterest].join(" ")));

const V08: TAnswerRule = {
  id: "V08",
  applies: (a) => a.purposes.some((p) => p.key !== "custom" && AI_PURPOSES.includes(p.key)),
  check: (a, emit) => {
    if (anyRecipientDoes(a, ["ai"], ["ai_processing", "ai_training"])) return;
    const p = a.purposes.find((x) => x.key !== "custom" && AI_PURPOSES.includes(x.key) && !saysInHouse(x));
    if (!p) return;
    emit("V08", "warning", "recipients",
      `La finalité « ${purposeName(p)} » fait appel à un modèle d'intelligence artificielle, mais aucun fournisseur d'IA ne figure parmi les destinataires : ajoutez-le (Mistral AI, OpenAI…). Si le modèle tourne sur vos propres serveurs, précisez-le dans la description de la finalité.`);
  },
};

const V09: TAnswerRule = {
  id: "V09",
  applies: (a) => a.purposes.some((p) => p.key === "advertising" && p.basis === "consent"),
  check: (a, emit) => {
    if (anyRecipientDoes(a, ["advertising", "social"], ["advertising"])) return;
    const p = a.purposes.find((x) => x.key === "advertising" && x.basis === "consent")!;
    emit("V09", "warning", "recipients",
      `La finalité « ${purposeName(p)} » suppose une régie ou un réseau publicitaire (Meta, Google Ads, LinkedIn…), mais aucun ne figure parmi les destinataires : ajoutez-le, avec son rôle (souvent responsable conjoint pour la collecte par son pixel).`);
  },
};

export const PLAUSIBILITY_RULES: readonly TAnswerRule[] = [V01, ...LIMITS.map(purposeLimit), V05, V06, V07, V08, V09];
