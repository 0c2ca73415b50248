// C-rules, « cohérence »: answers that contradict each other, or the text they produce. Each finding names the
// answer to fix. Read structured facts first (purpose types, data categories, catalogue entries); free text only
// where the questionnaire has no field for the fact (a purpose that speaks of profiling). Severities and their
// reasons: lib/policy/README.md, « C and V rules ».
import { CATALOGUE } from "../catalogue";
import type { TAnswers, TPurpose, TTracker } from "../schema";
import { has } from "../text/grammar";
import { trackerNeedsConsent, type TPurposeKey, type TTrackerCategory } from "../vocabulary";
import { anyRecipientDoes, catalogueEntryOf, plain, purposeName, recipientName, words, type TAnswerRule } from "./answer-rules";
import { TRACKER_PURPOSES } from "./applicable";
import { choicesPlace } from "../document/phrases";

// ---- C01: profiling spoken of in a purpose, while the policy says « Nous ne réalisons pas de profilage ». ----

/**
 * Words that describe profiling (RGPD art. 4.4: evaluating personal aspects, preferences, behaviour). « profil »
 * alone is not one of them (« gestion de votre profil » is an account page), nor « score » alone (a game score),
 * nor « selon vos préférences » (what the person chose is not an evaluation of them).
 */
const PROFILING: RegExp[] = [
  String.raw`\bprofilage\b`,
  String.raw`\b(?:en fonction de|selon|d'après) (?:votre|leur|son|sa|ses|vos|leurs|chaque) (?:profil|comportement|historique|centres? d'intérêts?|habitudes)\b`,
  String.raw`\badapt\p{L}* (?:[\p{L}']+ ){0,4}(?:à|au|aux) (?:votre |leur |son |sa |vos |leurs |chaque )?(?:profil|comportement|centres? d'intérêts?|habitudes|historique)\b`,
  String.raw`\bprofils? (?:d'utilisateurs?|de consommat\p{L}+|comportementa\p{L}+|publicitaires?|marketing|d'acheteurs?|de clients?)\b`,
  String.raw`\b(?:recommandations?|suggestions?|contenus?|offres?|publicités?|annonces?|résultats?|fils? d'actualités?|expériences?) (?:[\p{L}']+ ){0,2}personnalisé\p{L}*`,
  String.raw`\bpersonnalis\p{L}* (?:des |de |du |de la |de vos |vos )?(?:recommandations?|suggestions?|contenus?|offres?|publicités?|annonces?|résultats?|fil d'actualités?)\b`,
  String.raw`\bciblage\b|\bpublicités? ciblées?\b|\bcibl\p{L}* (?:publicitaire|comportementa\p{L}*)`,
  String.raw`\bretargeting\b|\breciblage\b`,
  String.raw`\bscoring\b|\bscore (?:de |d')(?:crédit|risque|solvabilité|confiance|fraude|appétence|engagement)\b|\bnotation (?:des|de vos|de nos) (?:clients?|utilisateurs?|candidats?|prospects?)\b`,
  String.raw`\bsegmentation\b|\bsegment(?:er|ons|ée?s?) (?:nos|les|vos) (?:clients?|utilisateurs?|prospects?|contacts?|abonnés?)\b`,
].map((src) => words(src));

/** « sans profilage », « aucun ciblage », « publicités non personnalisées »: negated mentions are not claims. */
const NEGATED = words(String.raw`\b(?:sans|aucune?|pas de|ni|jamais|non|aucunement)\s+(?:[\p{L}']+\s+){0,2}?(?:profilage|personnalis|ciblage|cibl|reciblage|retargeting|scoring|segment)\p{L}*|\bpas d'(?:[\p{L}']+\s+){0,2}?(?:profilage|personnalis|ciblage|scoring|segment)\p{L}*`, "g");

/** The excerpt of a purpose's text that speaks of profiling (as typed), if any. */
export function profilingExcerpt(p: TPurpose): string | undefined {
  for (const text of [p.label, p.description, p.legitimateInterest]) {
    if (!has(text)) continue;
    // Same length as the text (negated spans blanked), so a match's position is the excerpt's in the text.
    const t = plain(text).replace(NEGATED, (s) => " ".repeat(s.length));
    const first = PROFILING.map((re) => re.exec(t)).filter((m) => m !== null).sort((x, y) => x.index - y.index)[0];
    if (first) return text.slice(first.index, first.index + first[0].length).trim();
  }
  return undefined;
}

const C01: TAnswerRule = {
  id: "C01",
  applies: (a) => a.purposes.some((p) => profilingExcerpt(p) !== undefined),
  check: (a, emit) => {
    if (has(a.automated.profiling)) return;
    for (const p of a.purposes) {
      const excerpt = profilingExcerpt(p);
      if (!excerpt) continue;
      emit("C01", "blocking", "automated.profiling",
        `La finalité « ${purposeName(p)} » décrit un profilage (« ${excerpt} »), alors que la politique affirmera qu'aucun profilage n'est réalisé : décrivez-le dans « Profilage » (quelles données, dans quel but, et que l'on peut s'y opposer), ou reformulez la finalité s'il n'y en a pas.`);
      return;
    }
  },
};

// ---- C02–C04: trackers that the answers imply, while the policy says « ne dépose ni ne lit aucun cookie ». ----

/** Purpose types carried out with trackers, and the tracker categories that serve each. */
const TRACKERS_FOR: Partial<Record<TPurposeKey, readonly TTrackerCategory[]>> = {
  analytics_consent: ["analytics"],
  advertising: ["advertising", "social"],
  embedded_content: ["embedded_content", "social"],
  audience_exempt: ["audience_exempt"],
};

const COOKIE_WORDS = words(String.raw`\b(?:cookies?|traceurs?|pixels?|balises?|témoins? de connexion|identifiants? publicitaires?)\b`);
const NO_COOKIE = words(String.raw`\b(?:sans|aucun|ni|pas de|ne dépose|ne lit)\s+(?:[\p{L}']+\s+){0,2}?(?:cookies?|traceurs?|pixels?)\b`);
/** A custom consent purpose about audience or ads uses trackers, unless it goes by message (e-mail, SMS, post). */
const TRACKING_TOPIC = words(String.raw`\b(?:mesure d'audience|statistiques de (?:fréquentation|visites?)|publicités?|publicitaires?|réseaux sociaux|reciblage|retargeting)\b`);
const BY_MESSAGE = words(String.raw`\b(?:e-?mails?|courriels?|sms|newsletters?|lettres? d'information|courriers?|téléphone)\b`);

/** What a purpose says about trackers: it uses some, it says it uses none, or nothing. */
function trackerTalk(p: TPurpose): "uses" | "none" | undefined {
  const texts = [p.label, p.description, p.legitimateInterest, p.retention.criteria].map(plain).join(" \n ");
  if (NO_COOKIE.test(texts)) return "none";
  return COOKIE_WORDS.test(texts) ? "uses" : undefined;
}

/** Why a purpose needs trackers, or undefined when it does not (a cookieless audience measurement says so). */
function needsTrackers(p: TPurpose): "type" | "text" | undefined {
  const talk = trackerTalk(p);
  if (talk === "none") return undefined;
  if (p.key !== "custom" && TRACKERS_FOR[p.key]) return "type";
  if (talk === "uses") return "text";
  const topic = plain(`${p.label} ${p.description ?? ""}`);
  if (p.key === "custom" && p.basis === "consent" && TRACKING_TOPIC.test(topic) && !BY_MESSAGE.test(topic)) return "text";
  return undefined;
}

const C02: TAnswerRule = {
  id: "C02",
  applies: (a) => a.purposes.some((p) => needsTrackers(p) !== undefined) || a.data.categories.some((c) => c.key === "cookies_ids"),
  check: (a, emit) => {
    const trackers = a.cookies.trackers;
    if (trackers.length === 0) {
      const p = a.purposes.find((x) => needsTrackers(x) !== undefined);
      const why = p
        ? `la finalité « ${purposeName(p)} » repose sur des cookies ou traceurs`
        : "les données traitées comprennent des identifiants de cookies ou de traceurs";
      emit("C02", "blocking", "cookies.trackers",
        `Aucun cookie ni traceur n'est déclaré, si bien que la politique affirmera que le service n'en dépose aucun, alors que ${why} : déclarez ces traceurs, ou retirez ce qui y fait référence.`);
      return;
    }
    for (const p of a.purposes) {
      if (needsTrackers(p) !== "type" || p.key === "custom") continue;
      const wanted = TRACKERS_FOR[p.key] ?? [];
      if (trackers.some((t) => wanted.includes(t.category))) continue;
      emit("C02", "warning", "cookies.trackers",
        `La finalité « ${purposeName(p)} » repose sur des traceurs, mais aucun traceur de cette catégorie n'est déclaré : ajoutez-les au tableau des cookies, ou précisez dans la description de la finalité qu'elle n'utilise aucun cookie ni traceur.`);
    }
  },
};

/** A recipient's catalogue cookies, when the catalogue knows some. */
const catalogueCookies = (a: TAnswers) => a.recipients.flatMap((r) => (catalogueEntryOf(r)?.cookies ?? []).map((c) => ({ r, c })));

const C03: TAnswerRule = {
  id: "C03",
  applies: (a) => catalogueCookies(a).length > 0,
  check: (a, emit) => {
    if (a.cookies.trackers.length > 0) return;
    const known = catalogueCookies(a);
    const consent = known.find(({ c }) => trackerNeedsConsent(c.category));
    const { r } = consent ?? known[0]!;
    if (consent) {
      emit("C03", "blocking", "cookies.trackers",
        `${recipientName(r)} dépose des traceurs soumis au consentement, dont « ${consent.c.name} », alors qu'aucun traceur n'est déclaré et que la politique affirmera que le service n'en dépose aucun : ajoutez ses cookies à l'étape Cookies.`);
    } else {
      emit("C03", "warning", "cookies.trackers",
        `${recipientName(r)} dépose d'ordinaire des cookies strictement nécessaires, dont « ${known[0]!.c.name} », alors qu'aucun traceur n'est déclaré et que la politique affirmera que le service n'en dépose aucun : ajoutez-les à l'étape Cookies, sauf si votre intégration n'en dépose aucun (page hébergée par le prestataire, par exemple).`);
    }
  },
};

const C04: TAnswerRule = {
  id: "C04",
  applies: (a) => has(a.cookies.consentTool),
  check: (a, emit) => {
    if (a.cookies.trackers.length > 0) return;
    emit("C04", "warning", "cookies.trackers",
      `Un outil de gestion du consentement est indiqué, « ${a.cookies.consentTool!.trim()} », mais aucun traceur n'est déclaré et la politique affirmera que le service n'en dépose aucun : déclarez les traceurs que ce bandeau gère, ou retirez l'outil.`);
  },
};

// ---- C05: card data « saisies et traitées par le prestataire de paiement », with no payment provider. ----

const handlesCards = (a: TAnswers) => a.data.categories.some((c) => c.key === "payment_card") || a.purposes.some((p) => (p.data ?? []).includes("payment_card"));

const C05: TAnswerRule = {
  id: "C05",
  applies: handlesCards,
  check: (a, emit) => {
    if (anyRecipientDoes(a, ["payment"], ["payment"])) return;
    // A recipient added by hand whose purposes are not given yet may be the payment provider (M06 asks for them):
    // the text may then be true, so a warning that says how to tell.
    const unknown = a.recipients.find((r) => !catalogueEntryOf(r) && !(r.purposes ?? []).length);
    if (unknown) {
      emit("C05", "warning", "recipients",
        `Des données de carte bancaire sont déclarées, mais aucun destinataire n'est indiqué comme prestataire de paiement : si c'est ${recipientName(unknown)}, cochez « Paiement et facturation » dans ses finalités ; sinon, ajoutez votre prestataire de paiement.`);
      return;
    }
    emit("C05", "blocking", "recipients",
      "Des données de carte bancaire sont déclarées, que la politique présente comme « saisies et traitées par le prestataire de paiement », mais aucun prestataire de paiement ne figure parmi les destinataires : ajoutez-le (Stripe, PayPal…), ou retirez les données de carte bancaire si vous n'en recevez pas.");
  },
};

// ---- C06: a tracker the catalogue knows as consent-based, declared exempt. ----

/** « _ga_* » → /^_ga_.+$/i: a catalogue cookie name, its varying part a wildcard. */
const NAME_PATTERNS = CATALOGUE.flatMap((e) => e.cookies.map((c) => ({
  entry: e, cookie: c,
  re: new RegExp(`^${c.name.split("*").map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".+")}$`, "i"),
})));

/** The catalogue cookie a declared tracker is, by its name (« _ga_7QK2M4N8PL » is « _ga_* » of GA4). */
export function catalogueCookieOf(t: TTracker) {
  const name = t.name.trim();
  return name ? NAME_PATTERNS.find((n) => n.re.test(name)) : undefined;
}

/** The catalogue cookie a declared tracker is, when the catalogue says it needs consent. */
function consentCookieOf(t: TTracker) {
  const known = catalogueCookieOf(t);
  return known && trackerNeedsConsent(known.cookie.category) ? known : undefined;
}

const C06: TAnswerRule = {
  id: "C06",
  applies: (a) => a.cookies.trackers.some((t) => consentCookieOf(t) !== undefined),
  check: (a, emit) => {
    a.cookies.trackers.forEach((t, i) => {
      const known = consentCookieOf(t);
      if (!known || trackerNeedsConsent(t.category)) return;
      // Google Analytics presented as exempt audience measurement is F03's own finding (check.ts).
      if (t.category === "audience_exempt" && known.entry.id === "google-analytics-4") return;
      emit("C06", "blocking", `cookies.trackers.${i}.category`,
        `Le traceur « ${t.name.trim()} » de ${known.entry.name} est soumis au consentement, alors qu'il est présenté comme ne le requérant pas : choisissez sa catégorie réelle, et recueillez le consentement avant de le déposer.`);
    });
  },
};

// ---- M10, checked more closely: the withdrawal path of consent-based trackers is actually published. ----


const WITHDRAWAL: TAnswerRule = {
  id: "M10",
  applies: (a) => a.cookies.trackers.some((t) => trackerNeedsConsent(t.category)) || a.purposes.some((p) => p.basis === "consent" && TRACKER_PURPOSES.includes(p.key)),
  check: (a, emit) => {
    const consentTrackers = a.cookies.trackers.some((t) => trackerNeedsConsent(t.category));
    // (Consent trackers with no way back to the consent tool are check.ts's M10 finding.)
    // A tracker purpose counts on the cookie manager to be withdrawn; with no consent tracker declared the policy
    // prints no cookie manager, so the purpose is left without a withdrawal path.
    if (consentTrackers || has(a.rights.consentWithdrawal)) return;
    a.purposes.forEach((p, i) => {
      if (p.basis !== "consent" || !TRACKER_PURPOSES.includes(p.key) || has(p.optOut) || !has(choicesPlace(a.cookies))) return;
      emit("M10", "blocking", `purposes.${i}.optOut`,
        `La finalité « ${purposeName(p)} » compte sur le gestionnaire de cookies pour le retrait du consentement, mais aucun traceur soumis au consentement n'est déclaré, si bien que la politique n'en parlera pas : déclarez ces traceurs, ou indiquez ici comment retirer son consentement.`);
    });
  },
};

// ---- C07: a tracker declared for a use no purpose describes (the table says « mesure d'audience », §4 has none). ----

/** The purpose (preset key) a tracker's category is used for; strictly necessary trackers serve the service itself. */
const PURPOSE_OF_TRACKERS: Partial<Record<TTrackerCategory, readonly TPurposeKey[]>> = {
  audience_exempt: ["audience_exempt", "analytics_consent"],
  analytics: ["analytics_consent", "audience_exempt"],
  advertising: ["advertising"],
  embedded_content: ["embedded_content"],
};

const C07: TAnswerRule = {
  id: "C07",
  applies: (a) => a.cookies.trackers.some((t) => PURPOSE_OF_TRACKERS[t.category] !== undefined),
  check: (a, emit) => {
    const uses = new Set(a.cookies.trackers.map((t) => t.category).filter((c) => PURPOSE_OF_TRACKERS[c] !== undefined));
    for (const category of uses) {
      if (a.purposes.some((p) => PURPOSE_OF_TRACKERS[category]!.includes(p.key as TPurposeKey))) continue;
      const names = a.cookies.trackers.filter((t) => t.category === category).map((t) => `« ${t.name.trim() || "sans nom"} »${t.provider?.trim() ? ` (${t.provider.trim()})` : ""}`);
      emit("C07", "blocking", "purposes",
        `${names.length > 1 ? `Les traceurs ${names.join(", ")} sont déclarés` : `Le traceur ${names[0]} est déclaré`} pour ${TRACKER_USE[category]}, mais aucune finalité ne décrit ce traitement ni sa base légale : ajoutez la finalité correspondante, ou retirez ${names.length > 1 ? "ces traceurs s'ils ne sont" : "ce traceur s'il n'est"} pas déposé${names.length > 1 ? "s" : ""}.`);
    }
  },
};

const TRACKER_USE: Partial<Record<TTrackerCategory, string>> = {
  audience_exempt: "la mesure d'audience", analytics: "la mesure d'audience", advertising: "la publicité", embedded_content: "les contenus intégrés",
};

// ---- C08: the consent tool named is a catalogue consent platform that is not among the recipients. ----

// A consent platform installed on the site's own hosting (tarteaucitron) receives nothing: it is no recipient.
const CONSENT_PLATFORMS = CATALOGUE.filter((e) => e.category === "consent" && !e.selfHosted);

const C08: TAnswerRule = {
  id: "C08",
  applies: (a) => has(a.cookies.consentTool),
  check: (a, emit) => {
    const named = plain(a.cookies.consentTool!);
    const platform = CONSENT_PLATFORMS.find((e) => words(String.raw`\b${plain(e.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`).test(named));
    if (!platform || a.recipients.some((r) => catalogueEntryOf(r)?.id === platform.id)) return;
    emit("C08", "blocking", "cookies.consentTool",
      `L'outil de gestion du consentement indiqué est « ${a.cookies.consentTool!.trim()} », mais ${platform.name} ne figure pas parmi vos destinataires : si vous l'utilisez, ajoutez-le à l'étape Destinataires (il reçoit vos choix de cookies) ; sinon, indiquez l'outil que vous utilisez vraiment.`);
  },
};

export const CONSISTENCY_RULES: readonly TAnswerRule[] = [C01, C02, C03, C04, C05, C06, C07, C08, WITHDRAWAL];
