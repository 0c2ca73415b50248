// Figures of the lint corpus (lib/policy/compliance/corpus): per E-rule, the phrasings it must catch, the
// correct sentences of its file, true and false positives, precision and recall; then the engine's own text
// (fixtures, templates, catalogue). Exit code 1 below 100 % (the corpus test asks the same). Timing: bench-lint.ts.
//   npm run lint-corpus            table and misses
//   npm run lint-corpus -- --json  the figures as JSON
import { checkCompliance } from "../lib/policy";
import { corpusItems } from "../lib/policy/compliance/corpus";
import { catalogueDrafts, engineDocuments } from "../lib/policy/compliance/corpus/engine";
import { figures, runCorpus } from "../lib/policy/compliance/corpus/evaluate";
import { lintRenderedText } from "../lib/policy/compliance/lint";
import { sentences } from "../lib/policy/compliance/patterns";
import { RULE_IDS } from "../lib/policy/compliance/rules";
import { scanAnswersText } from "../lib/policy/compliance/scan-answers";

const E_RULES = RULE_IDS.filter((id) => id.startsWith("E"));
const items = corpusItems();
const outcomes = runCorpus(items);
const table = figures(outcomes, E_RULES);

const docs = engineDocuments();
const engineSentences = docs.reduce((n, d) => n + sentences(d.text).length, 0);
const engineHits = docs.flatMap((d) => [
  ...lintRenderedText(d.text, { mandatory: false }).map((f) => `${d.name}: ${f.ruleId} « ${f.excerpt} »`),
  ...checkCompliance(d.answers).findings.filter((f) => f.ruleId.startsWith("E")).map((f) => `${d.name}: ${f.ruleId} ${f.field}`),
]);
const catalogue = catalogueDrafts();
const catalogueHits = catalogue.flatMap((c) => scanAnswersText(c.answers).map((h) => `${c.name}: ${h.ruleId} ${h.field}`));


if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ rules: table, items: items.length, engine: { documents: docs.length, sentences: engineSentences, hits: engineHits.length, catalogueEntries: catalogue.length, catalogueHits: catalogueHits.length } }, null, 2));
} else {
  const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
  const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  console.log(row(["Règle", "Positifs", "Négatifs (quasi)", "Vrais positifs", "Faux négatifs", "Faux positifs", "Précision", "Rappel"]));
  console.log(row(Array(8).fill("---")));
  for (const f of table) console.log(row([f.ruleId, f.positives, f.negatives, f.truePositives, f.falseNegatives, f.falsePositives, pct(f.precision), pct(f.recall)]));
  const sum = (k: "positives" | "negatives" | "truePositives" | "falseNegatives" | "falsePositives") => table.reduce((n, f) => n + f[k], 0);
  const tp = sum("truePositives");
  const negatives = items.filter((i) => i.expect === null).length;
  console.log(row(["Total", sum("positives"), sum("negatives"), tp, sum("falseNegatives"), sum("falsePositives"), pct(tp / (tp + sum("falsePositives") || 1)), pct(tp / (sum("positives") || 1))]));
  console.log(`\n${items.length} phrases, dont ${negatives} correctes (${negatives - sum("negatives")} dans correct.json) ; ${items.filter((i) => i.context).length} placées dans un champ avec leur contexte.`);
  console.log(`Texte du moteur : ${docs.length} politiques rendues (${engineSentences} phrases), ${engineHits.length} signalement(s) ; ${catalogue.length} entrées du catalogue, ${catalogueHits.length} signalement(s).`);
  const misses = outcomes.filter((o) => (o.item.expect && !o.detected) || o.extra.length);
  for (const o of misses) console.log(`✗ ${o.item.file} attendu ${o.item.expect ?? "aucune"}, trouvé ${[...(o.run.lint ?? []), ...o.run.field].join(",") || "rien"} (${o.run.path}) : ${o.item.text}`);
  for (const h of [...engineHits, ...catalogueHits]) console.log(`✗ ${h}`);
}
process.exitCode = table.some((f) => f.recall < 1 || f.precision < 1) || engineHits.length || catalogueHits.length ? 1 : 0;
