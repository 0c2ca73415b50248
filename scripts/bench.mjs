// `npm run bench`: figures, not claims. Serves the production build (.next-test) with scripts/serve.mjs
// (what `npm start` runs: Next.js behind the hosted pages' response cache) on a
// fresh throwaway PostgreSQL seeded through the real publish path, and loads it on loopback with wrk
// (2 threads, 50 connections, 10 s per address after a warm-up): a baseline route handler returning a
// constant string, the hosted pages, the embed JSON and the PDF, each throughput also as a ratio to the
// baseline of the same run. Then, with nothing else running: the engine, PDF and preview benchmarks and
// a cold `npm start`. Prints everything and writes the table into the README's « Performances » section.
// Everything it starts is stopped at the end and on Ctrl-C. Asserts nothing: targets are printed.
//   node scripts/bench.mjs [--seconds 10] [--http-only]
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, checkNode, ensureChromium, ensureDependencies, ensurePrismaClient, ensureWrk, say } from "./lib/bootstrap.mjs";
import { abort, cleanEnv, cleanup, cleanups, cpuMs, ensureBuildWaiting, exec, sleep, start, startServer, stopChild, stopEverythingOnSignals, waitOk } from "./lib/bench-procs.mjs";
import { fr, frenchDate, ms, parse, parseWrk, pct, writeReadmeTable } from "./lib/bench-report.mjs";

const secondsArg = process.argv.indexOf("--seconds");
// --http-only: the wrk measurements alone (no engine, PDF, preview or cold start), README left as it is.
const HTTP_ONLY = process.argv.includes("--http-only");
const SECONDS = secondsArg > 0 ? Math.max(1, Math.min(120, Number(process.argv[secondsArg + 1]) || 10)) : 10;
const WRK = { threads: 2, connections: 50, seconds: SECONDS, warmup: 2 };
const POLICIES = 3;
const LOOPBACK = "127.0.0.1";
const DIST = ".next-test";
const bin = (name) => path.join(ROOT, "node_modules/.bin", name);
const buildId = () => (existsSync(path.join(ROOT, DIST, "BUILD_ID")) ? readFileSync(path.join(ROOT, DIST, "BUILD_ID"), "utf8") : null);

/** The build the tests use, the same production build. */
const build = () => ensureBuildWaiting(DIST);

checkNode();
ensureDependencies();
ensurePrismaClient();
ensureWrk();
ensureChromium();
await build();
const { startSeededDatabase } = await import("./lib/seeded-db.mjs");
const { freePort } = await import("./lib/net.mjs");
stopEverythingOnSignals();

// ── 1. A fresh database, seeded through the real publish path. ──
const tmp = mkdtempSync(path.join(tmpdir(), "clairement-bench-"));
cleanups.push(async () => rmSync(tmp, { recursive: true, force: true }));
say("PostgreSQL jetable, migrations, publication des politiques du banc d’essai…");
const db = await startSeededDatabase({ dir: path.join(tmp, "pg"), policies: POLICIES }).catch((error) => abort(error.message, error.detail ?? ""));
const { slugs, stop: stopDb } = db;

// ── 2. The production server (scripts/serve.mjs, as npm start) on loopback; BENCH=1 exposes the hosted
// pages' query count and the response cache's hits on /api/ping. ──
const port = await freePort();
const base = `http://${LOOPBACK}:${port}`;
const builtAs = buildId();
const server = startServer({ port, host: LOOPBACK, dist: DIST, db, env: { BENCH: "1" } });
if (!(await waitOk(`${base}/api/ping`, 60_000))) await abort("Le serveur n’a pas répondu 200 sur /api/ping en 60 s.", server.child.exitCode === null ? "" : (await server.done).out);
const queries = async () => Number((await fetch(`${base}/api/ping`)).headers.get("x-public-queries"));
const queriesAtStart = await queries();

// ── 3. No app JavaScript in the hosted pages; the largest policy is the one measured. ──
const pages = [];
for (const s of slugs) {
  for (const p of [`/p/${s}`, `/p/${s}/v/1`, `/p/${s}/embed`]) {
    const res = await fetch(base + p);
    const html = await res.text();
    pages.push({ slug: s, path: p, status: res.status, bytes: html.length, scripts: (html.match(/<script\b/gi) ?? []).length });
  }
}
const slug = pages.filter((p) => p.path === `/p/${p.slug}`).sort((a, b) => b.bytes - a.bytes)[0].slug;
const hostedScripts = pages.filter((p) => !p.path.endsWith("/embed")).reduce((n, p) => n + p.scripts, 0);
const embedScripts = Math.max(...pages.filter((p) => p.path.endsWith("/embed")).map((p) => p.scripts));
const badStatus = pages.filter((p) => p.status !== 200);

// ── 4. wrk. Every address is warmed up, then measured in ROUNDS interleaved slices (baseline first in each),
// so that the noise of a shared machine falls on all of them alike; a ratio compares slices of the same round. ──
const TARGETS = [
  { key: "ping", label: "Route témoin (gestionnaire de route, « ok »)", path: "/api/ping" },
  { key: "current", label: "Page hébergée, version en vigueur", path: `/p/${slug}`, hosted: true },
  { key: "version", label: "Page hébergée, version 1", path: `/p/${slug}/v/1`, hosted: true },
  { key: "api", label: "JSON d’intégration", path: `/api/p/${slug}`, hosted: true },
  { key: "pdf", label: "Téléchargement PDF", path: `/p/${slug}/v/1.pdf`, hosted: true },
];
const ROUNDS = WRK.seconds >= 10 ? 5 : 1;
const slice = Math.max(1, Math.round(WRK.seconds / ROUNDS));
const wrk = async (seconds, url) => parseWrk((await exec("wrk", [`-t${WRK.threads}`, `-c${WRK.connections}`, `-d${seconds}s`, "--latency", url], { timeoutMs: (seconds + 60) * 1000 })).out);
let hostedRequests = pages.length;
say(`wrk : échauffement (2 tours de ${WRK.warmup} s par adresse), puis ${ROUNDS} tour${ROUNDS > 1 ? "s" : ""} de ${slice} s par adresse…`);
for (let round = 0; round < 2; round++) {
  for (const t of TARGETS) {
    const warm = await wrk(WRK.warmup, base + t.path);
    if (t.hosted) hostedRequests += warm.requests || 0;
  }
}
/**
 * Waits (at most 10 s) until the server has drained what the previous slice left queued: Next.js keeps
 * answering a backlog for a while after wrk stops, which would otherwise land on the next address's slice.
 */
async function settle() {
  for (let t = 0; t < 40; t++) {
    const before = cpuMs(server.child.pid);
    await sleep(250);
    if (cpuMs(server.child.pid) - before < 25) return;
  }
}
const slices = Object.fromEntries(TARGETS.map((t) => [t.key, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const t of TARGETS) {
    await settle();
    const cpu0 = cpuMs(server.child.pid);
    const r = await wrk(slice, base + t.path);
    slices[t.key].push({ ...r, cpu: cpuMs(server.child.pid) - cpu0 });
    if (t.hosted) hostedRequests += r.requests || 0;
  }
}
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const t of TARGETS) {
  const s = slices[t.key];
  const ratios = s.map((r, i) => r.rps / slices.ping[i].rps).filter(Number.isFinite);
  results[t.key] = {
    rps: sum(s.map((r) => r.rps)) / s.length, p50: median(s.map((r) => r.p50)), p99: Math.max(...s.map((r) => r.p99)),
    requests: sum(s.map((r) => r.requests)), non2xx: sum(s.map((r) => r.non2xx)), socketErrors: sum(s.map((r) => r.socketErrors)),
    cpuPerRequest: sum(s.map((r) => r.cpu)) / sum(s.map((r) => r.requests)), ratioMin: Math.min(...ratios), ratioMax: Math.max(...ratios),
    rounds: s.map((r) => fr(r.rps)).join(" / "),
  };
}
const queriesAtEnd = await queries();
const [frontHits, frontMisses] = ((await fetch(`${base}/api/ping`)).headers.get("x-front-cache") ?? "0/0").split("/").map(Number);
const frontShare = frontHits / (frontHits + frontMisses);
const rebuilt = buildId() !== builtAs;
await stopChild(server.child);
await stopDb();
if (TARGETS.some((t) => results[t.key].non2xx > 0)) process.stderr.write(`Journal du serveur (fin) :\n${(await server.done).out.slice(-3000)}\n`);

// ── 5. The other figures, each with the machine to itself. ──
if (!HTTP_ONLY) say("Moteur, PDF, aperçu (Chromium)…");
const other = async (cmd, args, parser) => (HTTP_ONLY ? null : parser((await exec(cmd, args, { timeoutMs: 300_000 })).out));
const engine = await other(bin("tsx"), ["scripts/bench-engine.ts"], parse.engine);
const pdf = await other(bin("tsx"), ["scripts/bench-pdf.ts"], parse.pdf);
const preview = await other(process.execPath, ["scripts/bench-preview.mjs"], parse.preview);

/** node scripts/start.mjs (what `npm start` runs) on a fresh data folder, to the first 200 on `/`. */
async function coldStart() {
  await build(); // a stale build would be rebuilt by start.mjs and counted
  say("Démarrage à froid (node scripts/start.mjs, base neuve, build existant)…");
  const coldPort = await freePort();
  const t0 = performance.now();
  const app = start(process.execPath, ["scripts/start.mjs"], {
    env: { ...cleanEnv(), PORT: String(coldPort), NEXT_DIST_DIR: DIST, CLAIREMENT_DATA_DIR: path.join(tmp, "cold"), CLAIREMENT_HOST: LOOPBACK },
  });
  const ok = await Promise.race([waitOk(`http://${LOOPBACK}:${coldPort}/`, 180_000), app.done.then(() => false)]);
  const seconds = (performance.now() - t0) / 1000;
  await stopChild(app.child);
  const { out } = await app.done;
  if (!ok) process.stderr.write(out);
  return { seconds: ok ? seconds : NaN, built: out.includes("Construction de l’application") };
}
const cold = HTTP_ONLY ? { seconds: Number.NaN, built: false } : await coldStart();

// ── 6. Report. ──
const baseline = results.ping.rps;
const ok = (v) => (v ? "OK" : "MANQUÉ");
const versions = POLICIES * 2;
const per10k = (queriesAtEnd / hostedRequests) * 10_000;
const line = (s) => process.stdout.write(`${s}\n`);
line(`\nRésultats du ${frenchDate()} — wrk ${WRK.threads} fils, ${WRK.connections} connexions, ${ROUNDS * slice} s par adresse, boucle locale, build de production (${DIST})\n`);
const rows = [];
for (const t of TARGETS) {
  const r = results[t.key];
  const ratio = r.rps / baseline;
  const clean = r.non2xx === 0 && r.socketErrors === 0;
  const range = ROUNDS > 1 && t.hosted ? ` (tours : ${pct(r.ratioMin)} à ${pct(r.ratioMax)})` : "";
  // Server CPU per request, relative to the baseline: the throughput ratio an otherwise idle machine would show.
  const cpuRatio = results.ping.cpuPerRequest / r.cpuPerRequest;
  const verdict = t.hosted ? `${ok(ratio >= 0.9)} ≥ 90 % (débit) · ${ok(cpuRatio >= 0.9)} ≥ 90 % (CPU) · ${ok(r.p99 < 50)} p99 < 50 ms · ${ok(clean)} 0 erreur` : `référence · ${ok(clean)} 0 erreur`;
  const shown = t.path.replace(slug, "<adresse>");
  line(`${shown.padEnd(26)} ${fr(r.rps).padStart(6)} req/s ${pct(ratio).padStart(6)}${range}  p50 ${ms(r.p50).padStart(7)}  p99 ${ms(r.p99).padStart(9)}  non-2xx ${r.non2xx}  sockets ${r.socketErrors}  CPU ${ms(r.cpuPerRequest)}/req (${pct(cpuRatio)}) — ${verdict}\n${"".padEnd(27)}req/s par tour : ${r.rounds}`);
  const figures = `${fr(r.rps)} req/s, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, ${r.non2xx} non-2xx, ${r.socketErrors} erreur${r.socketErrors > 1 ? "s" : ""} de socket, ${ms(r.cpuPerRequest)} de CPU serveur par requête`;
  rows.push([`${t.label} \`${shown}\``, "`npm run bench`", figures, t.hosted ? `${pct(ratio)}${range} ; CPU : ${pct(cpuRatio)}` : "100 % (référence)", t.hosted ? "≥ 90 %, p99 < 50 ms, 0 non-2xx" : "—"]);
}
line(`${ROUNDS} tours entrelacés de ${slice} s par adresse : débit moyen des tours, p50 médian, p99 le pire des tours. À ${WRK.connections} connexions en boucle fermée, latence moyenne = ${WRK.connections} / débit (loi de Little). (CPU) : CPU du serveur par requête du témoin ÷ celui de l’adresse, peu sensible aux autres processus de la machine.`);
if (rebuilt) line(`ATTENTION : ${DIST} a été reconstruit par un autre processus pendant la mesure ; relancez le banc d’essai.`);
line(`\nRequêtes à la base des pages hébergées : ${queriesAtEnd} depuis le démarrage du processus pour ${fr(hostedRequests)} requêtes servies, soit ${fr(per10k, 2)} pour 10 000 (${queriesAtStart} avant la première page) ; attendu : ${POLICIES} index d’adresse + ${versions} versions, chacun lu une fois — cible ≤ 1 par version et par processus (+ 1 par adresse) : ${ok(queriesAtEnd <= versions + POLICIES)}`);
line(`Cache de réponses devant Next.js (scripts/serve.mjs) : ${fr(frontHits)} requêtes de pages hébergées servies de la mémoire, ${fr(frontMisses)} passées par Next.js (${pct(frontShare)} servies par le cache)`);
line(`Balises <script> : ${hostedScripts} dans les pages hébergées (/p/<adresse> et /v/1 de ${POLICIES} politiques) — cible 0 : ${ok(hostedScripts === 0)} ; page d’intégration : ${embedScripts} (le script de redimensionnement de l’iframe, permis)${badStatus.length ? ` — réponses non 200 : ${badStatus.map((p) => `${p.path} ${p.status}`).join(", ")}` : ""}`);
line(`Démarrage à froid de la base et du serveur, ${cold.built ? "BUILD REFAIT (chiffre faussé)" : "build existant"} (node scripts/start.mjs → premier 200 sur /) : ${fr(cold.seconds, 1)} s`);
line(engine ? `Moteur : rendu HTML (${engine.name}) médiane ${fr(engine.median, 2)} ms, p95 ${fr(engine.p95, 2)} ms — cible < 5 ms : ${ok(engine.median < 5)} ; navigateur ${fr(engine.gzipKb, 1)} kB gzip — cible < 150 kB : ${ok(engine.gzipKb < 150)}` : "Moteur : ÉCHEC de npm run bench:engine");
line(pdf ? `PDF (${pdf.name}, ${fr(pdf.kb)} ko) : médiane ${ms(pdf.median)}, p95 ${ms(pdf.p95)}, premier appel ${ms(pdf.first)} — cible < 500 ms : ${ok(pdf.median < 500)}` : "PDF : ÉCHEC de npm run bench:pdf");
line(preview ? `Aperçu (${preview.keys} frappes) : médiane ${ms(preview.median)}, p95 ${ms(preview.p95)} — cible < 50 ms : ${ok(preview.median < 50)}` : "Aperçu : ÉCHEC de npm run bench:preview");

if (HTTP_ONLY) {
  await cleanup();
  process.exit(Number.isFinite(baseline) && !rebuilt ? 0 : 1);
}
const failed = "échec de la mesure";
rows.push(
  ["Requêtes à la base pour 10 000 requêtes de pages hébergées", "`npm run bench`", `${fr(per10k, 2)} (${queriesAtEnd} pour ${fr(hostedRequests)} requêtes : ${POLICIES} index d’adresse + ${versions} versions, chacun lu une fois par processus)`, "—", "≤ 1 par version et par processus"],
  ["Pages hébergées servies par le cache de réponses devant Next.js", "`npm run bench`", `${pct(frontShare)} (${fr(frontHits)} de la mémoire, ${fr(frontMisses)} par Next.js)`, "—", "—"],
  ["Balises `<script>` dans les pages hébergées (`/p/<adresse>`, `/v/<n>`)", "`npm run bench`", `${hostedScripts} (page d’intégration : ${embedScripts}, le script de redimensionnement)`, "—", "0"],
  ["Démarrage à froid de la base et du serveur, build existant, jusqu’au premier 200 sur `/`", "`npm run bench`", Number.isFinite(cold.seconds) ? `${fr(cold.seconds, 1)} s${cold.built ? " (build refait)" : ""}` : failed, "—", "—"],
  [`Rendu HTML de la plus grande politique (${engine?.name ?? "?"}), médiane sur ${engine?.runs ?? 500} rendus`, "`npm run bench:engine`", engine ? `médiane ${fr(engine.median, 2)} ms, p95 ${fr(engine.p95, 2)} ms` : failed, "—", "< 5 ms"],
  ["Moteur livré au navigateur pour l’aperçu (minifié, gzip)", "`npm run bench:engine`", engine ? `${fr(engine.gzipKb)} kB` : failed, "—", "< 150 kB"],
  [`De la frappe à l’aperçu mis à jour, dans Chromium, modèle e-commerce (${preview?.keys ?? "?"} frappes)`, "`npm run bench:preview`", preview ? `médiane ${ms(preview.median)}, p95 ${ms(preview.p95)}` : failed, "—", "< 50 ms"],
  [`PDF de la plus grande politique (${pdf ? `${fr(pdf.kb)} ko` : "?"}), ${pdf?.runs ?? 30} rendus après échauffement`, "`npm run bench:pdf`", pdf ? `médiane ${ms(pdf.median)}, p95 ${ms(pdf.p95)} (premier appel ${ms(pdf.first)} : polices)` : failed, "—", "< 500 ms"],
);
const table = ["| Mesure | Commande | Résultat | Débit / témoin | Cible |", "|---|---|---|---|---|", ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const note = `Mesure du ${frenchDate()} (\`npm run bench\`) : build de production servi comme par \`npm start\` (\`scripts/serve.mjs\` : Next.js derrière le cache de réponses des pages hébergées) sur un PostgreSQL jetable, ${POLICIES} politiques publiées en 2 versions par le vrai chemin de publication ; wrk (Debian), ${WRK.threads} fils, ${WRK.connections} connexions, ${ROUNDS} tours entrelacés de ${slice} s par adresse après 2 tours d’échauffement de ${WRK.warmup} s, sur la boucle locale (débit : moyenne des tours ; p50 : médiane ; p99 : le pire tour). La route témoin \`/api/ping\` renvoie une chaîne constante ; elle ouvre chaque tour, et chaque débit lui est rapporté (entre parenthèses, l’écart entre tours : ces machines sont partagées et bruyantes, seuls les rapports d’une même exécution se comparent). « CPU » : temps CPU du serveur par requête du témoin divisé par celui de l’adresse, mesuré dans \`/proc\` — à peu près le rapport de débit qu’on aurait sur une machine libre, et peu sensible aux autres processus. À ${WRK.connections} connexions en boucle fermée, la latence moyenne vaut ${WRK.connections} / débit (loi de Little) : un p99 sous 50 ms demande plus de 1 000 req/s, hors de portée du routeur de Next.js sur ces machines (la route témoin elle-même), d’où le cache de réponses devant lui pour les pages hébergées.`;
writeReadmeTable(path.join(ROOT, "README.md"), table, note);
line("\nTableau écrit dans README.md (section « Performances »).");
await cleanup();
process.exit(engine && pdf && preview && Number.isFinite(cold.seconds) && Number.isFinite(baseline) && !rebuilt ? 0 : 1);
