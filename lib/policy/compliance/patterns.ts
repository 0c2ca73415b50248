// Text patterns for the E-errors of RULES §7, shared by the lint over rendered text and by the checker's
// scan of free-text answers. Each rule tests folded text (phrasing.ts: lower case, no accents); a rule may
// also have a test that only applies in a context the answers give (a purpose based on legitimate
// interest, a field that says how to refuse trackers…). The corpus in ./corpus holds the phrasings each
// rule must catch and the correct sentences it must leave alone (npm run lint-corpus).
import type { TRuleId } from "./rules";
import * as P from "./phrasing";

/** What the answers say about the text being scanned: the context some errors only exist in. */
export type TTextContext = {
  /** The text describes a processing the person may object to (art. 21: legitimate interest or public task).
   *  Undefined: read from the text itself (a paragraph that mentions legitimate interest). */
  objectable?: boolean;
  /** The text answers « how to refuse, object or withdraw » (an opt-out, the cookie choices, consent withdrawal). */
  wayOut?: boolean;
  /** The text answers « how to withdraw consent ». */
  withdrawal?: boolean;
  /** Trackers that need consent are used (LIL art. 82). */
  consentTrackers?: boolean;
};

type TTextRule = {
  ruleId: TRuleId;
  /** "sentence": tested on each sentence; "chunk": on each paragraph / table row (blank-line separated). */
  scope: "sentence" | "chunk";
  /** A word every unit the rule can flag holds: a cheap first look, on the whole text then on each unit. */
  hint?: RegExp;
  /** On a folded unit, whatever the context. */
  test: (s: string) => boolean;
  /** On a folded unit, in a context; `whole` is the whole folded text (a field's answer). */
  inContext?: (s: string, ctx: TTextContext, whole: string) => boolean;
  message: string;
};

/** A denial of objection that is not a condition (« …que pour des raisons tenant à votre situation »). */
function denies(re: RegExp, s: string): boolean {
  const m = re.exec(s);
  if (!m) return false;
  const negated = /\b(?:pas|plus|jamais|aucun\w*|nullement|impossible|exclu)\b|cannot|can't|not|no\b/.test(m[0]);
  return negated || !P.ONLY_IF.test(s.slice(m.index + m[0].length));
}

/** E05: a browser or a vendor's opt-out tool presented as the way to refuse, with no consent tool beside it. */
function browserWayOut(s: string, strict: boolean): boolean {
  const vendor = P.VENDOR_TOOL.test(s);
  if (!vendor && !(P.BROWSER.test(s) && (strict || P.CHOICE_VERB.test(s)))) return false;
  return !P.CONSENT_TOOL.test(s);
}

/** E10: a certification given as what protects a transfer (and no real mechanism named as that safeguard). */
function certificationAsSafeguard(s: string): boolean {
  const cert = P.CERTIFICATION.exec(s);
  if (!cert || !P.TRANSFER.test(s)) return false;
  for (const v of s.matchAll(P.SAFEGUARD)) {
    const at = v.index;
    const [from, to] = at < cert.index ? [at, cert.index] : [cert.index + cert[0].length, at];
    const between = s.slice(from, to);
    if (between.length > (at < cert.index ? 50 : 80) || /[.;]/.test(between) || P.MECHANISM.test(between)) continue;
    if (at > cert.index && P.MECHANISM.test(s.slice(at, at + 60))) continue;
    return true;
  }
  return false;
}

/** E11: an absolute claim about what a processor does, not attributed to its commitments. An explicit agent
 *  (« …par OpenAI ») makes it one whoever speaks; an active claim is one unless the controller is its subject. */
function absoluteClaim(s: string): boolean {
  if (P.ATTRIBUTED.test(s)) return false;
  if (P.ABSOLUTE_PASSIVE.test(s) || P.ABSOLUTE_NONE.test(s)) return true;
  const own = (at: number) => P.OWN_SUBJECT.test(s.slice(Math.max(0, at - 30), at));
  const active = P.ACTIVE_CLAIM.exec(s);
  if (active && !own(active.index) && P.PROCESSOR.test(s) && (!!active[1] || P.USER_DATA.test(s))) return true;
  const en = P.ABSOLUTE_EN.exec(s);
  return !!en && !own(en.index) && (P.PROCESSOR.test(s) || P.USER_DATA.test(s));
}

/** E13: two or more legal bases in a bare list (only commas, « et », « sur », articles between them). */
function basesListed(s: string): boolean {
  if (P.BASES.filter(({ any }) => any.test(s)).length < 2) return false;
  const found = P.BASES.flatMap(({ kind, re }) => [...s.matchAll(re)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length })))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  let run: typeof found = [];
  const check = () => {
    const kinds = new Set(run.map((b) => b.kind)).size;
    if (kinds < 2) return false;
    const before = s.slice(Math.max(0, run[0]!.start - 120), run[0]!.start);
    const sentence = s.slice(Math.max(0, run[0]!.start - 120), run.at(-1)!.end + 60);
    if (P.MAPPED.test(sentence)) return false;
    return kinds >= 3 || P.BASES_PLURAL.test(before) || P.GENERIC_SUBJECT.test(before);
  };
  for (const b of found) {
    const last = run.at(-1);
    if (last && b.start < last.end) continue;
    const gap = last ? s.slice(last.end, b.start) : "";
    if (last && (gap.length > 40 || !P.LIST_GLUE.test(gap))) {
      if (check()) return true;
      run = [];
    }
    run.push(b);
  }
  return check();
}

export const TEXT_RULES: TTextRule[] = [
  {
    ruleId: "E01", hint: P.ACCEPT_HINT, scope: "sentence",
    test: (s) => P.TRANSFER.test(s) && P.USE_OF_SERVICE.test(s) && P.acceptClaim(s),
    message: "Un transfert hors de l'Union ne peut pas reposer sur un consentement déduit de l'utilisation du service.",
  },
  {
    ruleId: "E02", hint: P.ACCEPT_HINT, scope: "sentence",
    // Using the service as consent to a transfer is E01's case.
    test: (s) => P.acceptClaim(s) && (!P.TRANSFER.test(s) || P.POLICY_CHANGE.test(s))
      && (P.CONTINUED_USE.test(s) || (/repute|considere|presume|deemed/.test(s) && P.POLICY_CHANGE.test(s))),
    message: "La poursuite de l'utilisation ne vaut pas acceptation d'une politique modifiée : une politique informe, elle n'est pas un contrat.",
  },
  {
    ruleId: "E03", hint: /ccpa|cpra|californi|do not sell|ne vendez|droit|right|protection|privilege/, scope: "sentence",
    test: (s) => /\bccpa\b|\bcpra\b|\bcalifornia\b|\bcalifornie\b|do not sell my|ne vendez pas mes/.test(s)
      || (/\bdroits?\b|\brights?\b|protections?\b|privileges?/.test(s) && /resid|lieu|pays|etat|region|juridiction|locali|provinc|habit|\bvi(?:vez|s)\b|situe|locat|live in/.test(s)
        && P.RESIDENCE.test(s) && !/reclamation|autorite de controle|article 77|supervisory authority/.test(s)),
    message: "Pas de section CCPA ni de droits qui dépendraient du lieu de résidence dans une politique destinée au public français.",
  },
  {
    ruleId: "E04", hint: /13|treize/, scope: "sentence",
    // A service open from 13 with the joint consent of the holder of parental authority below 15 applies the French
    // rule (LIL art. 45); E04 is the American age presented as the age of digital consent.
    test: (s) => /13|treize/.test(s) && (P.AGE_13.test(s) || (P.MORE_THAN_13.test(s) && P.ABOUT_PEOPLE.test(s) && !P.DURATION.test(s))) && !P.JOINT_PARENTAL.test(s),
    message: "En France, la majorité numérique est de 15 ans (article 45 de la loi Informatique et Libertés), jamais 13 ans.",
  },
  {
    ruleId: "E05", hint: /anonym|navigat|browser|chrome|firefox|safari|module|add-?on|extension|outil|opt-?out|online ?choices|networkadvertising|aboutads|annonces|ads? ?settings|compte (?:google|facebook|meta|instagram)|centre de confidentialite/, scope: "sentence",
    test: (s) => (s.includes("anonym") && P.GOOGLE_ANALYTICS.test(s) && /anonym/.test(s.replace(P.IP_ANONYMISATION, "")) && !P.NOT_ANONYMOUS.test(s))
      || (browserWayOut(s, false) && (P.VENDOR_TOOL.test(s) || P.TRACKER_KIND.test(s) || P.CONSENT_CHOICE.test(s))),
    inContext: (s, ctx) => !!ctx.consentTrackers && browserWayOut(s, !!ctx.wayOut),
    message: "Google Analytics n'est pas anonyme, et le navigateur ou l'outil d'un éditeur ne peut pas être le seul moyen de refuser les traceurs : renvoyez à votre outil de gestion des cookies.",
  },
  {
    ruleId: "E06", hint: P.FRAUD, scope: "chunk",
    test: (s) => P.FRAUD.test(s) && P.LEGAL_OBLIGATION.test(s) && !P.LAW_CITED.test(s) && !P.NOT_LEGAL_OBLIGATION.test(s),
    message: "La lutte contre la fraude ne relève d'une obligation légale que si un texte précis l'impose : citez-le, ou retenez l'intérêt légitime.",
  },
  {
    ruleId: "E07", hint: /oppos|object|refus|declin|soustrai|desinscri|desabonn|opt|possible|applicable|\bnon\b|aucun|neant|sans objet|n\/a|none|^\s*-|compte|abonnement|inscription|contrat|acces|acced|install|utilis|using|quitt|account/, scope: "sentence",
    test: (s) => /oppos|object/.test(s) && denies(P.OBJECTION_DENIED, s) && !(P.NOT_OBJECTABLE.test(s) && !P.LEGITIMATE_INTEREST.test(s)),
    inContext: (s, ctx, whole) => !!ctx.objectable && (denies(P.OBJECTION_DENIED, s) || denies(P.REFUSAL_DENIED, s)
      || (!!ctx.wayOut && (P.TERSE_DENIAL.test(whole) || (P.ACCOUNT_EXIT_ANY.test(s) && !P.OTHER_MEANS.test(s))))),
    message: "Le droit d'opposition aux traitements fondés sur l'intérêt légitime ne peut pas être refusé (article 21 du RGPD) : indiquez comment s'y opposer.",
  },
  {
    ruleId: "E08", hint: /30|trente/, scope: "sentence",
    test: (s) => /30|trente/.test(s) && P.THIRTY_DAYS_ANSWER.test(s),
    message: "Le délai de réponse est d'un mois, prolongeable de deux mois compte tenu de la complexité ou du nombre de demandes, et non « 30 jours ».",
  },
  {
    ruleId: "E09", scope: "sentence",
    // « <id> », « <project-ref> » are placeholders; an HTML element name (« <script> ») is markup that every
    // renderer escapes, so it prints as the text the user typed and is not flagged here.
    test: (s) => /\[[^\]\n]{0,60}\]|\{\{|\}\}|\{[a-z_ ]{1,30}\}|<(?!(?:a|b|i|u|p|br|hr|div|span|img|svg|script|style|iframe|object|embed|link|meta|form|input|button|video|audio|math|template|table|html|body|head)>)[a-z_][\w-]*>|<[a-z][\w'-]*(?: [\w'-]+){1,5}>|\b(?:todo|tbd|fixme)\b|x{3,}|\bxx\/xx\b|\b(?:jj|dd)\/mm\/(?:aaaa|yyyy|aa|yy)\b|_{3,}|\.{4,}|lorem ipsum|\ba (?:completer|definir|preciser|renseigner)\b|\binserer\b|\bundefined\b|\bnull\b|\bnan\b|\[object object\]|\s:\s*[.;,]|\(\s*\)|,\s*,/.test(s),
    message: "Texte à compléter, champ vide ou date entre crochets : la politique doit être entièrement rédigée.",
  },
  {
    ruleId: "E10", hint: P.CERTIFICATION, scope: "sentence",
    test: certificationAsSafeguard,
    message: "Une certification de sécurité (ISO 27001, SOC 2) n'est pas une garantie de transfert au sens de l'article 46 du RGPD.",
  },
  {
    ruleId: "E11", hint: /\bne |n'|never|\bnot\b|n't/, scope: "sentence",
    test: absoluteClaim,
    message: "Pas d'affirmation absolue que vous ne pouvez pas vérifier sur un prestataire : décrivez ses engagements contractuels.",
  },
  {
    ruleId: "E12", hint: /consent|retir|retrait|withdraw|compte|abonnement|inscription|contrat|acces|acced|install|utilis|using|quitt|account/, scope: "sentence",
    test: (s) => s.includes("consent") && P.CONSENT_WITHDRAWAL.test(s) && P.ACCOUNT_EXIT.test(s) && !P.NOT_CONFLATED.test(s),
    inContext: (s, ctx) => !!ctx.withdrawal && P.ACCOUNT_EXIT_ANY.test(s) && !P.OTHER_MEANS.test(s) && !P.NOT_CONFLATED.test(s),
    message: "Retirer son consentement ne doit pas exiger de supprimer son compte ni de quitter le service.",
  },
  {
    ruleId: "E13", hint: /consent|contra|obligation|interet|interest|mission|public/, scope: "chunk",
    test: basesListed,
    message: "Les bases légales doivent être rattachées à chaque finalité, pas énumérées en liste.",
  },
];

const SENTENCE_BREAK = /\n{2,}|\n(?=[-•] )|(?<!\b(?:art|n°|cf|etc|al|p|c|M|Mme))[.!?]\s+(?=[A-ZÀ-Ý«])/g;
const CHUNK_BREAK = /\n{2,}/g;
const SPACE = /\s/;

/** [start, end) of the trimmed pieces of `text` between the breaks, shifted by `offset`. */
function pieces(text: string, breaks: RegExp, offset = 0): [number, number][] {
  const out: [number, number][] = [];
  const push = (a: number, b: number) => {
    while (a < b && SPACE.test(text[a]!)) a++;
    while (b > a && SPACE.test(text[b - 1]!)) b--;
    if (b > a) out.push([a + offset, b + offset]);
  };
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** Split into sentences (not after « art. », « n° »…, only before a capital) and into blank-line chunks. */
export function sentences(text: string): string[] {
  return pieces(text, SENTENCE_BREAK).map(([a, b]) => text.slice(a, b));
}

export function chunks(text: string): string[] {
  return pieces(text, CHUNK_BREAK).map(([a, b]) => text.slice(a, b));
}

export type TTextHit = { ruleId: TRuleId; message: string; excerpt: string };

const excerptOf = (unit: string) => (unit.length > 160 ? `${unit.slice(0, 157)}…` : unit);

/**
 * E-errors in a piece of plain text (one hit per rule). `ctx` is what the answers say about the text; where it
 * leaves `objectable` open, a paragraph that mentions legitimate interest (a purpose's row) sets it.
 * The text is folded once; chunks and sentences are slices of it (folding keeps indexes).
 */
export function scanText(text: string, ctx: TTextContext = {}): TTextHit[] {
  const t = text.normalize("NFC").replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");
  const folded = P.fold(t);
  const whole = folded.trim();
  const units = pieces(t, CHUNK_BREAK).map(([a, b]) => {
    const f = folded.slice(a, b);
    const local = ctx.objectable === undefined && P.LEGITIMATE_INTEREST.test(f) ? { ...ctx, objectable: true } : ctx;
    const sents = pieces(t.slice(a, b), SENTENCE_BREAK, a).map(([x, y]) => ({ x, y, f: folded.slice(x, y) }));
    return { a, b, f, ctx: local, sents };
  });
  const hits: TTextHit[] = [];
  for (const rule of TEXT_RULES) {
    if (rule.hint && !rule.hint.test(folded)) continue;
    const ok = (f: string, c: TTextContext) => (!rule.hint || rule.hint.test(f)) && (rule.test(f) || (rule.inContext?.(f, c, whole) ?? false));
    let found: [number, number] | undefined;
    for (const u of units) {
      if (rule.scope === "chunk") found = ok(u.f, u.ctx) ? [u.a, u.b] : undefined;
      else {
        const s = u.sents.find((x) => ok(x.f, u.ctx));
        found = s && [s.x, s.y];
      }
      if (found) break;
    }
    if (found) hits.push({ ruleId: rule.ruleId, message: rule.message, excerpt: excerptOf(t.slice(...found)) });
  }
  return hits;
}
