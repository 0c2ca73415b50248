// Lint over a rendered policy (plain text is best: renderText): the E-errors of RULES §7 even if the
// answers let one through, and, for a complete policy, the mandatory wording the engine always writes
// (M09 rights, M11 CNIL address, M13 automated decisions, M16 response delay, F01 post-mortem directives).
import { CNIL_ADDRESS, RESPONSE_DELAY } from "../legal";
import { typo } from "../text/typography";
import { scanText } from "./patterns";
import { RULES, type TFinding, type TRuleId } from "./rules";

const MANDATORY: { ruleId: TRuleId; test: (t: string) => boolean; message: string }[] = [
  {
    ruleId: "M09",
    test: (t) => [/droit d'accès/i, /rectification/i, /effacement/i, /limitation/i, /portabilité/i, /droit d'opposition/i].every((r) => r.test(t)),
    message: "Les six droits (accès, rectification, effacement, limitation, portabilité, opposition) doivent figurer.",
  },
  {
    ruleId: "M11",
    test: (t) => t.replace(/\s+/g, " ").includes(CNIL_ADDRESS),
    message: `L'adresse complète de la CNIL doit figurer : ${CNIL_ADDRESS}.`,
  },
  {
    ruleId: "M13",
    test: (t) => /fondée exclusivement sur un traitement automatisé|sur le seul fondement d'un traitement automatisé/i.test(t),
    message: "La politique doit dire s'il existe une décision automatisée, y compris lorsqu'il n'y en a pas.",
  },
  {
    ruleId: "M16",
    test: (t) => t.replace(/\s+/g, " ").includes(RESPONSE_DELAY),
    message: `Le délai de réponse doit être indiqué : « ${RESPONSE_DELAY} ».`,
  },
  {
    ruleId: "F01",
    test: (t) => /directives/i.test(t) && /(décès|post mortem)/i.test(t),
    message: "Les directives post mortem (article 85 de la loi Informatique et Libertés) doivent être présentées.",
  },
];

export type TLintOptions = {
  /** Also check the wording every complete policy contains (default true). */
  mandatory?: boolean;
};

export function lintRenderedText(text: string, opts: TLintOptions = {}): TFinding[] {
  const findings: TFinding[] = scanText(text).map((hit) => ({
    ruleId: hit.ruleId, severity: "blocking", message: typo(hit.message), field: null, article: RULES[hit.ruleId].article, excerpt: hit.excerpt,
  }));
  if (opts.mandatory !== false) {
    const t = text.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");
    for (const m of MANDATORY) {
      if (!m.test(t)) findings.push({ ruleId: m.ruleId, severity: "blocking", message: typo(m.message), field: null, article: RULES[m.ruleId].article });
    }
  }
  return findings;
}
