// Writes the PDF of a fixture, to look at it: npx tsx scripts/pdf-sample.ts [fixture] [out.pdf]
// (then e.g. pdftoppm -png -r 60 -f 1 -l 3 /tmp/policy-ecommerce.pdf /tmp/p)
import { writeFileSync } from "node:fs";
import { buildDocument } from "../lib/policy";
import { FIXTURES } from "../lib/policy/fixtures";
import { renderPdf } from "../lib/pdf/render";

const name = process.argv[2] ?? "ecommerce";
const out = process.argv[3] ?? `/tmp/policy-${name}.pdf`;
const answers = FIXTURES[name];
if (!answers) throw new Error(`Fixture inconnue : ${name} (${Object.keys(FIXTURES).join(", ")})`);
const doc = buildDocument(answers, { now: "2026-11-21" });
const pdf = await renderPdf(doc, { company: doc.subtitle, version: 3, publishedOn: "21\u00a0novembre\u00a02026", author: doc.subtitle });
writeFileSync(out, pdf);
console.log(`${out} — ${(pdf.length / 1024).toFixed(1)} kB`);
