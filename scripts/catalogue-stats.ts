// The service catalogue's figures, as the README quotes them: entries, aliases, cookies, sourced facts and facts
// « à vérifier ». Computed from lib/policy/catalogue, never typed by hand.
//   npx tsx scripts/catalogue-stats.ts
import { CATALOGUE, SOURCED_FACTS } from "../lib/policy/catalogue";

const sum = (f: (e: (typeof CATALOGUE)[number]) => number) => CATALOGUE.reduce((n, e) => n + f(e), 0);
const entries = CATALOGUE.length;
const aliases = sum((e) => e.aliases.length);
const cookies = sum((e) => e.cookies.length);
const withCookies = CATALOGUE.filter((e) => e.cookies.length > 0).length;
const facts = entries * SOURCED_FACTS.length;
const sourcedUncertain = sum((e) => SOURCED_FACTS.filter((f) => e.uncertain.includes(f)).length);
const uncertain = sum((e) => e.uncertain.length);
const pages = new Set(CATALOGUE.flatMap((e) => Object.values(e.sources))).size;
const selfHosted = CATALOGUE.filter((e) => e.selfHosted).length;

console.log(`${entries} prestataires (dont ${selfHosted} logiciels auto-hébergés), ${aliases} alias de recherche`);
console.log(`${cookies} cookies connus chez ${withCookies} d’entre eux`);
console.log(`${facts} faits sourcés (${SOURCED_FACTS.length} par prestataire) par ${pages} pages des prestataires`);
console.log(`${uncertain} faits « à vérifier », dont ${sourcedUncertain} des ${facts} faits sourcés`);
