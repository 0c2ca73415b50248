// Command line for the policy engine (lib/policy). Run as:
//   npx tsx scripts/policy-cli.ts render <réponses.json> [--format html|fragment|md|txt|json] [--now AAAA-MM-JJ]
//   npx tsx scripts/policy-cli.ts check <réponses.json> [--json]     exit 1 on any blocking finding
//   npx tsx scripts/policy-cli.ts diff <ancien.json> <nouveau.json> [--json]
//   npx tsx scripts/policy-cli.ts schema
// Exit codes: 0 success, 1 blocking findings, 2 usage error or unreadable answers.
import { readFileSync } from "node:fs";
import {
  answersJsonSchema, buildDocument, checkCompliance, diffAnswers, diffDocuments, fieldLabel, lintRenderedText, migrateAnswers,
  renderHtmlDocument, renderHtmlFragment, renderJson, renderMarkdown, renderText, type TAnswers, type TFinding,
} from "../lib/policy";

const USAGE = `Usage\u00a0:
  policy render <réponses.json> [--format html|fragment|md|txt|json] [--now AAAA-MM-JJ]
  policy check <réponses.json> [--json]
  policy diff <ancien.json> <nouveau.json> [--json]
  policy schema`;

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith("--")) throw new UsageError(`L’option ${name} attend une valeur.`);
  args.splice(i, 2);
  return value;
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i !== -1) args.splice(i, 1);
  return i !== -1;
}

function load(file: string | undefined): TAnswers {
  if (!file) throw new UsageError("Indiquez le fichier de réponses (JSON).");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`Lecture impossible de ${file}\u00a0: ${(e as Error).message}`);
  }
  const migrated = migrateAnswers(raw);
  if (!migrated.success) {
    const lines = migrated.error.issues.map((i) => {
      const path = i.path.join(".");
      return `  - ${path ? `${fieldLabel(path) ?? path} (${path})\u00a0: ` : ""}${i.message}`;
    });
    throw new UsageError(`Réponses invalides dans ${file}\u00a0:\n${lines.join("\n")}`);
  }
  return migrated.data;
}

const SEVERITY: Record<TFinding["severity"], string> = { blocking: "BLOQUANT", warning: "À revoir", info: "Info" };

function render(args: string[]): number {
  const format = option(args, "--format") ?? "html";
  const now = option(args, "--now");
  const doc = buildDocument(load(args[0]), { now });
  const out: Record<string, () => string> = {
    html: () => renderHtmlDocument(doc), fragment: () => `${renderHtmlFragment(doc)}\n`, md: () => renderMarkdown(doc),
    txt: () => renderText(doc), json: () => renderJson(doc),
  };
  const fn = out[format];
  if (!fn) throw new UsageError(`Format inconnu\u00a0: ${format} (html, fragment, md, txt ou json).`);
  process.stdout.write(fn());
  return 0;
}

function check(args: string[]): number {
  const json = flag(args, "--json");
  const answers = load(args[0]);
  const { findings, score, applicable } = checkCompliance(answers);
  const lint = lintRenderedText(renderText(buildDocument(answers)));
  const all = [...findings, ...lint];
  const blocking = all.some((f) => f.severity === "blocking");
  if (json) {
    process.stdout.write(`${JSON.stringify({ score, applicable, findings, lint }, null, 2)}\n`);
  } else {
    process.stdout.write(`Score de conformité\u00a0: ${score}/100 (${applicable.length} règles applicables)\n`);
    if (all.length === 0) process.stdout.write("Aucune remarque.\n");
    for (const f of all) {
      const label = f.field ? fieldLabel(f.field) : undefined;
      const where = f.field ? ` — ${label ? `${label} (${f.field})` : f.field}` : f.excerpt ? ` — «\u00a0${f.excerpt}\u00a0»` : "";
      process.stdout.write(`[${SEVERITY[f.severity]}] ${f.ruleId}${where}\n    ${f.message} (${f.article})\n`);
    }
    process.stdout.write(blocking ? "La politique ne peut pas être publiée en l’état.\n" : "Aucun point bloquant.\n");
  }
  return blocking ? 1 : 0;
}

function diff(args: string[]): number {
  const json = flag(args, "--json");
  const [a, b] = [load(args[0]), load(args[1])];
  const answers = diffAnswers(a, b);
  const sections = diffDocuments(buildDocument(a), buildDocument(b)).filter((s) => s.status !== "unchanged");
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...answers, sections }, null, 2)}\n`);
    return 0;
  }
  const grade = {
    substantial: "Modification substantielle\u00a0: les personnes concernées doivent en être informées à nouveau.",
    minor: "Modification mineure.",
    none: "Aucune modification.",
  }[answers.grade];
  process.stdout.write(`${grade}\n`);
  for (const c of answers.changes) process.stdout.write(`  ${c.grade === "substantial" ? "●" : "○"} ${c.message}\n`);
  for (const s of sections) {
    process.stdout.write(`\n§ ${s.title} (${{ added: "ajoutée", removed: "supprimée", changed: "modifiée", unchanged: "" }[s.status]})\n`);
    for (const l of s.lines) if (l.op !== "equal") process.stdout.write(`${l.op === "insert" ? "+" : "-"} ${l.kind === "item" ? "• " : ""}${l.text}\n`);
  }
  return 0;
}

function main(argv: string[]): number {
  const [command, ...args] = argv;
  switch (command) {
    case "render": return render(args);
    case "check": return check(args);
    case "diff": return diff(args);
    case "schema":
      process.stdout.write(`${JSON.stringify(answersJsonSchema(), null, 2)}\n`);
      return 0;
    default:
      throw new UsageError(command ? `Commande inconnue\u00a0: ${command}` : "Indiquez une commande.");
  }
}

// Piping into `head` closes stdout early: that is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`${e.message}\n\n${USAGE}\n`);
  process.exitCode = 2;
}
