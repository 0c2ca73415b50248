// Building blocks of the E-patterns (patterns.ts). Every pattern runs on *folded* text: lower case, no accents
// (« réputé » → « repute »), plain spaces and apostrophes, so one spelling covers what founders paste or type.
// Folding keeps the length, so the text is folded once and its sentences are sliced from it.
// Gaps are bounded ([^.;]{0,n}) and never nested, so a pattern stays linear on a long paragraph.

/** Accented and typographic characters → one plain character each, so folded text keeps its indexes. */
const PLAIN: Record<string, string> = Object.fromEntries([
  ..."àáâãäåā".split("").map((c) => [c, "a"]), ..."çćč".split("").map((c) => [c, "c"]), ..."èéêëēė".split("").map((c) => [c, "e"]),
  ..."ìíîïī".split("").map((c) => [c, "i"]), ..."ñń".split("").map((c) => [c, "n"]), ..."òóôõöøō".split("").map((c) => [c, "o"]),
  ..."ùúûüū".split("").map((c) => [c, "u"]), ..."ýÿ".split("").map((c) => [c, "y"]), ["œ", "o"], ["æ", "a"], ["ß", "s"],
  ..."\u00a0\u202f\u2009\u2007".split("").map((c) => [c, " "]), ..."’ʼ‘`´".split("").map((c) => [c, "'"]),
]);

/** Lower case, accents removed, typographic spaces and apostrophes made plain; same length as the input. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.replace(/[^\x00-\x7f]/g, (c) => PLAIN[c] ?? (c.normalize("NFD")[0] ?? c)) : lower;
}

/** The service itself, as the object of « utiliser », « naviguer sur »… */
const NOUN = String.raw`(?:services?|sites?|applications?|appli|app|plateformes?|outils?|produits?|logiciels?|espaces?|boutiques?|pages?|website|platform)\b`;
const SERVICE = String.raw`(?:(?:du|de la|de l'|des|de|d'|au|aux|a la|a l'|a|sur) ?)?(?:notre |nos |ce |cette |ces |le |la |l'|les |votre |ton |ta )?${NOUN}`;

/** Negation right before a claim: « ne vaut », « n'emporte », « ne saurait valoir », « sans accepter ». */
const NEGATED_BEFORE = /(?:\bne |\bn'|\bsans |\bpas |\bni |\bne (?:saurait|sauraient|peut|peuvent|pourra|pourrait|doit|doivent) (?:pas |en aucun cas |jamais )?)$/;
/** Negation right after a verb: « vaut pas », « emporte en aucun cas ». */
const NOT_AFTER = String.raw`(?! pas\b| jamais\b| nullement\b| aucunement\b| en aucun cas\b| aucune?\b| plus\b)`;

/** A claim that the reader accepts or consents (« vous acceptez », « vaut acceptation », « réputé avoir accepté »). */
const ACCEPT_CLAIM = new RegExp([
  String.raw`\b(?:consentez|acceptez|agreez|acquiescez|autorisez|donnez votre (?:accord|consentement)|donnes ton (?:accord|consentement))\b${NOT_AFTER}`,
  String.raw`\btu (?:nous |me |les |l'|y )?(?:consens|acceptes|autorises)\b${NOT_AFTER}`,
  String.raw`\b(?:vaut|vaudra|valent|valoir|emporte|emportera|implique|impliquera|signifie|signifiera|constitue|constituera|entraine|entrainera|equivaut|equivaudra|(?:est|sera|seront|sont) (?:considere|interprete|repute)e?s? comme)${NOT_AFTER}(?:[ ,]+[\w'-]+){0,4}?[ ,]+(?:l'|d'|votre |ton )?(?:consent|accept|accord\b|adhesion|approbation|agrement)`,
  String.raw`\b(?:(?:etes|serez|es|seras|est|sera|sont|seront) )?(?:repute|considere|presume|cense)e?s? (?:avoir |les avoir |l'avoir |y avoir |comme ayant |comme les ayant )?(?:accepte|consenti|approuve|adhere)`,
  String.raw`\b(?:est|sont|sera|seront) (?:accepte|consenti|autorise)e?s? (?:par le (?:seul |simple )?fait|du (?:seul |simple )?fait|des lors)`,
  String.raw`\byou (?:hereby )?(?:accept|agree|consent)\b|\b(?:deemed|considered) to (?:have )?(?:accept|agree|consent)|\b(?:constitutes?|signif(?:y|ies)|means?|implies) (?:your )?(?:acceptance|agreement|consent)\b|\bacceptance of (?:the|these|this|our|such)\b`,
].join("|"), "g");

/** Whether the text claims the reader accepts or consents, not negated (« ne vaut pas acceptation »). */
export function acceptClaim(s: string): boolean {
  for (const m of s.matchAll(ACCEPT_CLAIM)) {
    if (!NEGATED_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

/** A cheap first look for ACCEPT_CLAIM: one of its words is there. */
export const ACCEPT_HINT = /accept|consent|accord|adhe|approb|approu|agre|acquiesc|autoris/;

/** Continuing to use or browse, or using at all (« en poursuivant votre navigation », « toute utilisation du site »). */
export const CONTINUED_USE = new RegExp([
  String.raw`\b(?:poursui|continu)\w* (?:a |d'|de )?(?:l'|votre |ton |la )?(?:utilis|navig|acced|acces|vous servir|te servir|recour|usage|visite|consult)`,
  String.raw`\b(?:poursuite|continuation) (?:de |d')(?:l'|la |votre |ton |ta |vos )?(?:utilisation|navigation|usage|acces|visite|consultation)`,
  String.raw`\b(?:toute |votre |ton |l'|une |la |chaque )(?:nouvelle )?(?:utilisation|navigation|connexion|consultation|visite|usage)s? (?:continue |ulterieure |posterieure |prolongee )?(?:${SERVICE}|apres\b|ulterieure|posterieure|continue)`,
  String.raw`\b(?:en|par) (?:utilisant|naviguant|accedant|consultant|visitant) ${SERVICE}|\ben (?:naviguant|poursuivant|continuant|vous connectant|te connectant)\b`,
  String.raw`\ble (?:simple )?fait (?:de |d')(?:continuer|poursuivre|utiliser|naviguer|acceder|consulter)`,
  String.raw`\bsi (?:vous|tu) (?:continuez|continues|poursuivez|poursuis|utilisez|utilises|naviguez|navigues)\b`,
  String.raw`\b(?:continued|continuing|further|ongoing) (?:use|usage|access|browsing)|\bby (?:using|continuing|accessing|browsing|visiting)|\bif you (?:continue|keep)|\bkeep (?:using|browsing)`,
].join("|"));

/** The policy, its changes: the object of an acceptance that E02 forbids (« réputé avoir accepté les modifications »). */
export const POLICY_CHANGE = /\b(?:modifications?|changements?|mises? a jour|nouvelle version|politique|presente charte|conditions|changes|updated? (?:policy|terms))\b/;

/** Using the service, as the supposed source of a consent (E01). */
export const USE_OF_SERVICE = new RegExp([
  String.raw`\b(?:en|par) (?:utilisant|accedant|naviguant|visitant|consultant) ${SERVICE}|\ben (?:vous inscrivant|t'inscrivant|creant (?:un|votre|ton) compte|vous connectant|te connectant|poursuivant|continuant|naviguant)\b`,
  String.raw`\b(?:l'|votre |ton |toute |la simple |la seule |la |le simple |le seul )(?:utilisation|navigation|inscription|consultation|acces) ${SERVICE}`,
  String.raw`\b(?:du|par le) (?:seul |simple )?fait (?:de |d')(?:l'|votre |ton )?(?:utilis|navig|acce|inscri|consult|creer (?:un |votre |ton )?compte|la creation)`,
  String.raw`\bsi (?:vous utilisez|tu utilises|vous continuez|tu continues|vous vous inscrivez)\b`,
  String.raw`\bby (?:using|accessing|visiting|registering|continuing)|\byour use of|\busing (?:the|our|this) (?:service|site|website|app)`,
].join("|"));

/** Data leaving the EU/EEA. */
export const TRANSFER = /transf[e]r\w*|\btransfer\w*|\b(?:hors|en dehors) (?:de l'|du |d'|de )?(?:union|ue\b|eee\b|europe|espace economique|territoire)|\bpays tiers|etats-unis|\bunited states|\busa?\b|outside the (?:eu|eea|european)|\bthird countr|\bamericain\w*|\bamerique\b/;

/** Where the reader lives deciding the rights (E03). */
export const RESIDENCE = new RegExp([
  String.raw`\b(?:selon|en fonction de|suivant|dependant de|depend(?:ent)? de|varient selon|peuvent varier selon) (?:votre|ton|ta|le|leur|son|du|l') ?(?:lieu|pays|etat|region|juridiction|localisation|province|residence)`,
  String.raw`\bsi (?:vous|tu) (?:residez|resides|habitez|habites|vivez|vis|etes resident|es resident|etes situe|es situe)`,
  String.raw`\bresident(?:e|s|es)? (?:de|du|des|d'|en|au|aux|of|in)\b|\bresident(?:e|s|es)? (?:europeen|francais|americain|californien|canadien|britannique|suisse|etranger|non-resident)\w*`,
  String.raw`\b(?:utilisateurs?|utilisatrices?|personnes?|visiteurs?|internautes?|users?) (?:situee?s?|residant|residents?|residentes?|located|residing) (?:dans|en|au|aux|hors|in|outside)\b`,
  String.raw`\b(?:depending on|based on) (?:your|the) (?:location|country|state|jurisdiction|place of residence|residence)|\bif you (?:are a resident|reside|live in)`,
].join("|"));

/** The French rule stated beside the age: joint consent with the holder of parental authority below 15. */
export const JOINT_PARENTAL = /autorite parentale[^.;]{0,80}\b15 ans|\b15 ans[^.;]{0,120}autorite parentale|conjointement[^.;]{0,80}autorite parentale/;
/** Age thresholds at 13 (E04): « au moins 13 ans », « moins de 13 ans », « the age of 13 »… but not « depuis 13 ans ». */
const N13 = String.raw`(?:13|treize)`;
const NOT_DURATION = String.raw`(?! ?(?:d'(?:experience|existence|activite|anciennete|expertise|exercice|histoire)|de (?:service|carriere|metier|pratique|recul|travail|presence|partenariat|savoir|recherche)|au service|years? (?:of experience|in business|ago)))`;
export const AGE_13 = new RegExp([
  String.raw`\b(?:au moins|au minimum|a partir de|(?<!(?:cours|pendant|durant|lors|ensemble|l'un|l'une|chacun|chacune|depuis|plus|moins) )des|des l'age de|avant l'age de|sous l'age de|l'age de|a l'age de|moins de|superieur a|inferieur a|au-dessus de|au-dessous de|en dessous de|en-dessous de|avoir|ayant|avoir atteint|atteint|atteignez|atteindre|ages? d'au moins|agees? d'au moins|ages? de plus de|agees? de plus de)\s${N13}\s?ans\b${NOT_DURATION}`,
  String.raw`\b${N13}\s?ans (?:minimum|au minimum|au moins|revolus|accomplis|et plus|ou plus|et \+|ou \+|requis)`,
  String.raw`(?:\+|-) ?de ${N13} ?ans|\b(?:les|aux|des) -? ?${N13} ?ans et (?:plus|\+)|(?:^|[^\d])-${N13} ?ans\b|\b${N13} ?\+|\b${N13} ?ans ?\+`,
  String.raw`\bage (?:minimum|minimal|requis|limite|legal)\w*[^.;\d]{0,25}${N13}\b|\bmajorite numerique[^.;\d]{0,25}${N13}\b`,
  String.raw`\b(?:reserve|ouvert|accessible|limite|interdit|inscription)\w*[^.;\d]{0,30}\b${N13} ?(?:ans )?(?:-|a|au) ?\d{2} ans`,
  String.raw`\b(?:age of|aged|under|over|at least|older than|younger than|below|above|minimum age(?: of| is)?)\s${N13}\b${NOT_DURATION}|\b${N13}\s?(?:years?(?: of age| old)?\s?)?(?:or older|and older|or over|and over|and up)\b|\bunder-${N13}`,
].join("|"));
/** « plus de 13 ans » is an age only about people, not after « depuis » or « conservé ». */
export const MORE_THAN_13 = new RegExp(String.raw`\bplus de ${N13} ?ans\b${NOT_DURATION}`);
export const ABOUT_PEOPLE = /\b(?:ages?|agee?s?|enfants?|mineurs?|jeunes|adolescent\w*|ados?|utilisat\w+|personnes?|inscri\w*|comptes?|reserve\w*|destine\w*|ouvert\w*|accessible|acces|public|eleves?|membres?|abonne\w*|clients?|users?|children|kids)\b/;
export const DURATION = /\b(?:depuis|il y a|pendant|durant|conserv\w*|archiv\w*|gard\w*|stock\w*)\b/;

/** A browser, or a vendor's own opt-out tool, as the way to refuse trackers (E05). */
export const BROWSER = /\bnavigateurs?\b|\bbrowsers?\b|\bchrome\b|\bfirefox\b|\bsafari\b/;
export const VENDOR_TOOL = /module (?:complementaire|de desactivation)|\badd-?on\b|extension (?:de navigateur|fournie|proposee|google)|outil (?:d'opt-?out|de desactivation|d'exclusion|de refus|de retrait)\b|\bopt-?out (?:de |du |d'|tool|browser|google)|youronlinechoices|your ?online ?choices|networkadvertising|aboutads|gaoptout|parametres des annonces|\bads? settings|adssettings|(?:parametres|reglages) (?:de |du )?(?:votre |ton )?compte (?:google|facebook|meta|instagram)|centre de confidentialite (?:de |d')?(?:google|meta|facebook)/;
export const CHOICE_VERB = /\b(?:bloqu|desactiv|refus|supprim|effac|oppos|empech|rejet|parametr|configur|regl|modifi|ger(?:er|ez)|retir|interdi|desinstall|install(?!\w*\s+(?:sur|dans)\s+(?:le|ce|notre|mon|son)\s+(?:site|serveur|application))|disable|block|delet|opt|reject|refuse|manage|withdraw)\w*/;
export const TRACKER_KIND = /google analytics|\bga4?\b|\b_ga\b|publicit|ciblag|mesure d'audience|\baudience\b|statistiques|analytics|advertis|tracking|\bsuivi\b|\bpixel\b|facebook|\bmeta\b|retarget|reciblage|traceurs? (?:publicitaires|tiers|de mesure|analytiques|de suivi|soumis|non essentiels)|cookies? (?:publicitaires|tiers|analytiques|de mesure|de suivi|marketing|de ciblage|non essentiels|non necessaires|optionnels|soumis|google)/;
export const CONSENT_CHOICE = /consent|\b(?:vos|tes) choix\b|\bretir|\bretrait|withdraw/;
/** The consent tool named, or the browser offered in addition (« en outre », « aussi »): not the only control. */
export const CONSENT_TOOL = /bandeau|outil de gestion|gestionnaire (?:de |des )?(?:cookies|consentement|preferences|traceurs)|ger(?:er|ez) (?:mes|vos|les|tes) (?:cookies|preferences|choix|traceurs)|preferences (?:de |des )?(?:cookies|confidentialite)|parametres (?:de |des )?cookies(?! (?:de|du|dans) (?:votre |ton |le )?navigateur)|panneau|module de (?:consentement|gestion)|centre de preferences|plateforme de gestion|\bcmp\b|axeptio|didomi|onetrust|tarteaucitron|cookiebot|usercentrics|iubenda|sirdata|en (?:bas|pied) de (?:chaque |la )?page|\ben outre\b|\ben plus de\b|\begalement\b|\baussi\b|\bpar ailleurs\b|\bde plus\b|\bin addition\b|\badditionally\b|\bas well\b/;
export const GOOGLE_ANALYTICS = /google analytics|\bga4?\b|\b_ga\b|universal analytics/;
/** The IP anonymisation option is a feature, not a claim that Google Analytics is anonymous. */
export const IP_ANONYMISATION = /anonymi[sz]ation (?:de |des )?(?:l'|les )?(?:adresses? )?ip\b|\bip anonymi[sz]ation|anonymize_?ip/g;
export const NOT_ANONYMOUS = /(?:n'est|ne sont|ne seront|ne sera|n'etant|n'etaient|n'est donc|ne sont donc)\s(?:pas|jamais|nullement|aucunement|ni)\s(?:[\w'-]+\s){0,2}anonym|\b(?:non|pas|not|never|nullement|ni)[- ](?:[\w'-]+[- ]){0,1}anonym|n'anonymis\w* pas/;

/** Fraud, a legal obligation, and a text that imposes it (E06). */
export const FRAUD = /fraud|anti-?fraude|escroquer/;
export const LEGAL_OBLIGATION = /obligations? legales?|legal obligation|\b6\.?1\.?c\b|6\(1\)\(c\)|(?:impose|exige|prevu|requis|oblige)e?s? par la loi|legalement (?:tenue?s?|obligee?s?)|la loi (?:nous )?(?:l'|les |le )?(?:impose|exige|oblige)|required by law|legally required|en vertu de la loi/;
/** « n'est pas une obligation légale »: the error denied, not made. */
export const NOT_LEGAL_OBLIGATION = /(?:n'est|ne sont|ne releve\w*|ne repose\w*|n'est donc)\s(?:pas|nullement|aucunement|en aucun cas)\s(?:sur |de )?(?:une |d'une |d'|l')?obligations? legales?/;
export const LAW_CITED = /\b(?:code|loi n(?!° ?78-17)|loi du|articles? l\.? ?\d|art\. ?l\.? ?\d|l\.? ?\d{3}|r\.? ?\d{3}|decret|ordonnance|directive)\b/;

/** Objection or refusal denied (E07). */
const DENY_MODAL = String.raw`(?:ne |n')(?:pouvez|pourrez|pourriez|peut|pourra|pourrait|peux|pourras|peuvent|pourront|saurait|sauriez|sauraient|sauras)\s(?:(?:pas|plus|jamais|en aucun cas|aucunement|nullement|donc pas|malheureusement pas)\s)?`;
const SELF = String.raw`(?:vous |t'|te |s'|se )?(?:y )?`;
export const OBJECTION_DENIED = new RegExp([
  String.raw`${DENY_MODAL}${SELF}oppos`,
  String.raw`\b(?:impossible|pas possible|plus possible|nullement possible|aucunement possible|pas permis|interdit|exclu)\s(?:de |d')${SELF}oppos`,
  String.raw`\b(?:pas|aucun|aucune|nul|nulle)\s(?:de\s|d')?(?:droit d'|possibilite d'|faculte d'|moyen d')?(?:opposition|objection)\b`,
  String.raw`\bdroit d'opposition (?:ne s'applique pas|n'est pas applicable|ne peut (?:pas )?etre exerce|n'est pas ouvert|est exclu|ne s'exerce pas|ne vous est pas ouvert|n'existe pas)`,
  String.raw`(?:\bne |\bn')(?:etes|es|serez|seras|est|sera)\s(?:pas|plus|aucunement|nullement)\s(?:en mesure|autorisee?s?|habilitee?s?|fondee?s?|libres?|en droit)\s(?:de |d'|a )${SELF}oppos`,
  String.raw`(?:\bne |\bn')(?:disposez|beneficiez|avez|disposes|beneficies|as)\s(?:pas|plus|aucunement|d'aucun|d'aucune|aucun|aucune)\s(?:(?:du|de|d'|le|la|de la) ?)?(?:droit|possibilite|faculte|choix|moyen) (?:d'opposition|de (?:vous |t')(?:y )?opposer|de s'(?:y )?opposer)`,
  String.raw`\b(?:opposition|objection)s?\s(?:a (?:ce|ces|cette|ce type de) \w+ )?(?:n'est|ne sera|ne sont|n'a) (?:pas|plus) (?:possible|prevue?|admise?|acceptee?|recevable|ouverte?|prise en compte|lieu d'etre)`,
  String.raw`\b(?:opposition|objection)s? (?:est |sera )?(?:impossible|exclue)`,
  String.raw`\b(?:cannot|can't|can not|may not|are not able to|are unable to|won't be able to|will not be able to) object\b|\bno right to object|right to object does not apply|not (?:entitled|permitted) to object`,
].join("|"));
export const REFUSAL_DENIED = new RegExp([
  String.raw`${DENY_MODAL}(?:le |la |les |l'|ce traitement )?${SELF}(?:refuser|decliner|soustraire|desinscrire|desabonner|opt(?:er)?[- ]?out)`,
  String.raw`\b(?:impossible|pas possible|plus possible|not possible)\s(?:de |d'|to )(?:le |la |les |l'|ce traitement )?${SELF}(?:refuser|decliner|soustraire|desinscrire|desabonner|opt|refuse)`,
  String.raw`(?:\bne |\bn')(?:avez|as)\s(?:pas|plus|aucunement)\s(?:la possibilite|le droit|le choix|la faculte|le moyen)\s(?:de |d')(?:le |la |les |l'|ce traitement )?${SELF}(?:refuser|decliner|soustraire|desinscrire|desabonner|opposer)`,
  String.raw`\brefus\s(?:est |sera )?(?:impossible|exclu|interdit|non prevu|non autorise)|\brefus (?:n'est|ne sera) (?:pas|plus) (?:possible|prevu|autorise|accepte|admis)|\baucun refus\b|\bsans (?:possibilite|faculte) de (?:refus|refuser|vous y soustraire|s'y soustraire)`,
  String.raw`(?:\bne |\bn')(?:peut|peuvent|pourra|pourront|saurait)\s(?:pas |en aucun cas |jamais )?(?:etre refuse(?:e|s|es)?\b(?! que)|faire l'objet d'un refus)`,
  String.raw`\b(?:cannot|can't|may not|are not able to|unable to) (?:refuse|decline|opt out)|\bno (?:way|option|possibility) to (?:refuse|opt out)|\bnot possible to (?:refuse|opt out)`,
].join("|"));
/** « Vous ne pouvez vous y opposer que pour… »: a condition, not a denial. */
export const ONLY_IF = /^[^.;]{0,80}?\bqu(?:e |')(?:pour|si|dans|lorsque|en |a |au|sur|par|motif|pour des)/;
/** A processing the right to object does not cover (art. 21 applies to 6.1.e and 6.1.f only). */
export const NOT_OBJECTABLE = /obligations? legales?|(?:impose|exige|prevu|requis)e?s? par (?:la loi|un texte|le code|une disposition)|la loi (?:l'|les |nous |le )?(?:impose|exige|oblige)|legal obligation|required by law|execution (?:du|d'un|de votre|de ton) contrat|necessaires? (?:a|au) (?:l'execution|contrat|la fourniture)|performance of (?:a|the) contract/;
export const LEGITIMATE_INTEREST = /interets? legitimes?|\b6\.?1\.?f\b|6\(1\)\(f\)|legitimate interests?/;
/** A whole answer to « how to object » that says there is none. */
export const TERSE_DENIAL = /^\s*(?:impossible|non|aucun|aucune|aucun moyen|neant|sans objet|non applicable|pas possible|pas d'opposition(?: possible)?|n\/a|none|not applicable|-)\s*[.!]?\s*$/;

/** « 30 jours » as the time to answer (E08), not a retention period. */
export const THIRTY_DAYS_ANSWER = new RegExp([
  String.raw`(?:\brepon\w*|\bresponse\b|\brespond\w*|\breply|\banswer\w*|\brequest\w*|\btrait\w* (?:de |des )?(?:votre |vos |ta |tes |la |les |cette |chaque |toute |toutes )?(?:demande|requete)s?|\bdemandes?(?: d'\w+| de \w+| \w+)? (?:sont |est |seront |sera )?trait\w*|\bdelai de traitement)(?:(?!conserv|supprim|effac|archiv|stock|retain|kept|stored|delet)[^.;]){0,60}\b(?:30|trente(?: \(30\))?) ?(?:jours|days|j)\b`,
  String.raw`\b(?:30|trente) ?(?:jours|days)[^.;]{0,40}(?:pour (?:repondre|traiter|respond)|\breponse)`,
].join("|"));

/** A security certification (E10), a safeguard verb, and a real transfer mechanism (which clears it). */
export const CERTIFICATION = /\biso\s?(?:\/\s?iec\s?)?2700\d\b|\biso\s?2701[78]\b|\bsoc\s?(?:1|2|ii|3)\b|\bsoc2\b|secnumcloud|\bhds\b|\bpci[- ]?dss\b|\bcsa star\b|certification (?:de securite|securite)/;
export const SAFEGUARD = /\b(?:garanti\w*|encadr\w*|proteg\w*|protection|securis\w*|assur\w*|couvr\w*|couvert\w*|fonde\w* sur|repos\w* sur|grace a|en vertu|ensur\w*|safeguard\w*|guarantee\w*|protect\w*|en lieu et place|remplac\w*|tient lieu|equivalent\w*|dispens\w*|suffi\w*)/g;
export const MECHANISM = /clauses? contractuelles|\bcct\b|\bscc\b|standard contractual|decision d'adequation|adequacy|data privacy framework|\bdpf\b|regles d'entreprise contraignantes|\bbcr\b|2021\/914|article 4[567]|art\. 4[567]/;

/** Absolute claims about a processor (E11). */
const DATA_VERB = String.raw`(?:stock|conserv|enregistr|utilis|reutilis|lu\b|lue|lus\b|consult|accessibl|partag|vend|exploit|analys|gard|retenu|journalis|entrain)\w*`;
/** « par nous », « par e-mail »: the controller or a channel, not a processor. */
const NOT_AGENT = String.raw`(?!nous\b|(?:notre|nos) (?:equipes?|personnel|salaries|collaborateurs|services)\b|moi\b|e-?mail|courrier|telephone|sms\b|le biais)`;
export const ABSOLUTE_PASSIVE = new RegExp(String.raw`(?:\bne |\bn')(?:sont|est|seront|sera|peut etre|peuvent etre|pourront etre|pourra etre|sont meme|seront meme)\s(?:jamais|en aucun cas|aucunement|nullement|pas)\s(?:[\w'-]+ ){0,2}?${DATA_VERB} (?:par|chez|sur les serveurs (?:de|d'))\s${NOT_AGENT}`);
const ACTIVE_VERB = String.raw`(?:les |la |le |l'|y |en )?(?:stocke|conserve|enregistre|utilise|reutilise|lit|consulte|accede|a acces|ont acces|garde|exploite|partage|vend|voit|analyse|journalise|stockent|conservent|enregistrent|utilisent|reutilisent|lisent|consultent|accedent|gardent|exploitent|partagent|vendent|voient|analysent|journalisent|stockera|conservera|utilisera|lira|stockeront|conserveront|utiliseront|liront|entraine|entrainent)`;
/** « OpenAI ne conserve jamais… » (group 1: jamais…, absolute) or « OpenAI n'utilise pas… » (group 2: pas/plus). */
export const ACTIVE_CLAIM = new RegExp(String.raw`(?<!\b(?:je|nous|on|j') )(?:\bne |\bn')(?:${ACTIVE_VERB}|(?:a|ont|aura|auront)(?= (?:jamais|aucunement|en aucun cas|nullement|pas|plus) acces))\s(?:(jamais|en aucun cas|aucunement|nullement|rien|aucune?\b)|(pas|plus)\b)`);
export const ABSOLUTE_NONE = new RegExp(String.raw`\baucune?s? (?:donnee|information|requete|conversation|fichier|image|contenu|prompt|message|photo|document)s?[^.;]{0,30}n'(?:est|sont|sera|seront) (?:jamais |meme )?${DATA_VERB} (?:par|chez)\s${NOT_AGENT}`);
export const ABSOLUTE_EN = /\b(?:never|not) (?:be )?(?:stored|retained|used|read|shared|accessed|kept|logged|seen) by\b|\b(?:never (?:stores|retains|keeps|logs|uses|reads|accesses|shares|sees|trains)|(?:does not|doesn't|will not|won't) (?:store|retain|keep|log|use|read|access|share|see|train))\b/;
/** The controller (or its service) as the subject right before a claim: « nous ne… », « le service n'… », « we never… ». */
export const OWN_SUBJECT = /(?:\b(?:je|j'|nous|on|we|i)|\ble service|\ble site|\bl'application|\bl'appli|\bnotre (?:service|site|application|appli|equipe|entreprise|societe|plateforme|outil)|\bnos equipes)\s*$/;
export const PROCESSOR = /prestataire|fournisseur|sous-traitant|hebergeur|processor|provider|vendor|partenaire|tiers|openai|anthropic|mistral|google|microsoft|azure|amazon|\baws\b|meta\b|stripe|paypal|\bmodele\b|\bia\b|\bai\b|\bllm\b|chatgpt|claude|gemini|replicate|midjourney|hugging ?face|openrouter|deepl|sendinblue|brevo|mailchimp|hubspot|intercom|crisp|vercel|supabase|firebase|cloudflare/;
export const USER_DATA = /\b(?:vos|tes|les|leurs|your) (?:donnees|requetes|prompts|conversations|fichiers|contenus|messages|images|photos|informations|documents|echanges|saisies|data|files|content|messages|inputs|creations)\b/;
export const ATTRIBUTED = /\bselon (?:ses|leurs|les) (?:conditions|engagements|contrat|termes|cgu|politique)|conformement a (?:ses|leurs) (?:conditions|engagements)|d'apres (?:ses|leurs)|en vertu de (?:son|leur|ses|leurs) (?:contrat|conditions|engagements)|s'engage\w*|engagements? contractuel|contractuellement|(?:declare|indique|affirme)\w* (?:que|ne)|according to (?:its|their)|(?:commits|committed) to/;

/** Withdrawal of consent, and leaving the service (E12). */
const EXIT = String.raw`\b(?:supprim\w*|ferm\w*|clotur\w*|desactiv\w*|resili\w*)\s(?:de\s|d')?(?:votre|ton|son|le|leur|l'|vos|tes)\s?(?:compte|abonnement|inscription|contrat|acces)|\b(?:suppression|fermeture|cloture|desactivation|resiliation|perte|fin)\s(?:de|du|d')\s?(?:votre |ton |l'|son )?(?:compte|abonnement|inscription|acces au service|acces)\b|\bdesinstall\w*|\bcess\w*\s(?:d'utiliser|toute utilisation|d'acceder)|\bne plus utiliser\b|\bquitt\w*\s(?:le |la |l'|notre )?(?:service|application|site|plateforme|appli)|\bmettre fin a (?:votre|ton|l') ?(?:compte|abonnement|inscription|utilisation|acces)|\bdelete (?:your|the) account|\bclose (?:your|the) account|\bstop using|\buninstall`;
/** Leaving the service as the means; « pour supprimer votre compte, … » is a separate instruction. */
export const ACCOUNT_EXIT = new RegExp(String.raw`(?<!\bpour |\bafin de |\bsans |\bpas (?:besoin )?de |\bni |\bpour la |\bpour demander la )(?:${EXIT})`);
/** In an answer to « how to withdraw », any exit named is the means offered. */
export const ACCOUNT_EXIT_ANY = new RegExp(String.raw`(?<!\bsans |\bpas (?:besoin )?de |\bni )(?:${EXIT})`);
export const CONSENT_WITHDRAWAL = /(?:retir|retrait|revoqu|revocation|withdraw|revok)\w*[^.;]{0,40}consent|consent\w*[^.;]{0,60}(?:retir|retrait|revoqu|revocation|withdraw|revok)/;
/** Wordings that keep withdrawal apart from leaving the service, including the two as alternative events that end a
 *  retention (« jusqu'à la clôture de votre compte ou le retrait de votre consentement »). */
export const NOT_CONFLATED = /\bsans (?:incidence|consequence|effet)|n'(?:entraine|implique|impose|oblige|exige|necessite|affecte)\w* (?:pas|aucun|nullement|en rien)|\bne (?:necessite|suppose|requiert|demande|change|modifie|affecte)\w* (?:pas|aucun|nullement|en rien)|independa\w*|\bpas (?:besoin|necessaire|requis|obligatoire) (?:de|pour)|n'avez pas (?:a|besoin)|\bwithout (?:deleting|closing)|\bdoes not require|(?:cloture|suppression|fermeture)[^.;]{0,50}\bou (?:du |au |le |a |de )?(?:retrait|revocation)|(?:retrait|revocation)[^.;]{0,50}\bou (?:a |de )?(?:la |l')?(?:cloture|suppression|fermeture)/;
/** A way to withdraw that keeps the account: unsubscribe link, settings, cookie manager. */
export const OTHER_MEANS = /desinscri|desabonn|decoch|gerer mes|bandeau|\bcase\b|\bpreferences\b|\boption\b|unsubscribe|opt-?out link|reglages? de confidentialite|parametres de confidentialite/;

/** Legal bases (E13): each kind, and the words that may stand between two items of a bare list. */
const BASE_KINDS: [string, string][] = [
  ["consent", String.raw`\bconsentements?\b|\bconsent\b`],
  ["contract", String.raw`\b(?:execution (?:du|d'un|de votre|des|de) (?:contrats?|mesures precontractuelles)|contrats?\b|\bcontract\b|performance of (?:a|the) contract)`],
  ["legal_obligation", String.raw`\bobligations? legales?|\blegal obligations?`],
  ["legitimate_interest", String.raw`\binterets? legitimes?|\blegitimate interests?`],
  ["vital_interest", String.raw`\binterets? vitaux|\bvital interests?`],
  ["public_task", String.raw`\bmission d'interet public|\bpublic (?:task|interest)`],
];
/** Legal bases (E13): each kind (`re` global, to list them; `any` to test), and what may stand between two items of a bare list. */
export const BASES = BASE_KINDS.map(([kind, src]) => ({ kind, re: new RegExp(src, "g"), any: new RegExp(src) }));
export const LIST_GLUE = /^(?:[\s,;/:()•*.-]|\bet\b|\bou\b|\bsur\b|\bde\b|\bd'|\bdu\b|\bdes\b|\bla\b|\ble\b|\bles\b|\bl'|\bvotre\b|\bvos\b|\bnotre\b|\bnos\b|\bton\b|\bta\b|\btes\b|\bson\b|\bses\b|\bleur\b|\bleurs\b|\bun\b|\bune\b|\brespect\b|\bselon les cas\b|\bbien\b|\band\b|\bor\b|\bthe\b|\bour\b|\byour\b|\bof\b|\ba\b|\bcompliance with\b|\bwith\b|\bau\b|\baux\b|\bà\b|\bnecessaire\b|\bpreal\w*|\bexpres\b|\bexplicite\b|\blibre\b|\bprealable\b)*$/;
/** « Bases légales : … » (plural), or « vos données… », « nos traitements… »: two bases listed are already a bare list. */
export const BASES_PLURAL = /\bbases (?:legales|juridiques)|\bfondements (?:juridiques|legaux)|\blegal bases|\blawful bases/;
export const GENERIC_SUBJECT = /\b(?:vos|tes|les|leurs) donnees\b|\b(?:nos|les|ces|leurs|tous nos|tous les) traitements\b|\bwe process your|\byour (?:personal )?data\b/;
/** « pour chaque finalité », « respectivement », « le tableau »: the bases are mapped. */
export const MAPPED = /(?:pour|a) chaque (?:finalite|traitement)|(?:finalite|traitement) par (?:finalite|traitement)|respectivement|for each purpose|indiquee?s? (?:pour|dans|en regard)|tableau/;
