// `npm start`: install what is missing, start PostgreSQL (embedded, under .data/, unless DATABASE_URL
// is set), apply pending migrations, build when the build is missing or stale, serve on PORT (3000).
// Ctrl-C stops the app and the embedded database cleanly.
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
  fail(`Aucun serveur SMTP n’est configuré et l’adresse publique (${publicUrl}) n’est pas locale : les liens de connexion resteraient dans la boîte d’envoi locale, que personne ne doit pouvoir lire à distance. Configurez SMTP_URL (ou SMTP_HOST), ou, pour une démonstration délibérée où n’importe qui peut se connecter sous n’importe quelle adresse, ${PUBLIC_OUTBOX_VAR}=1.`);
}

const { connectDatabase } = await import("./lib/database.mjs");
const database = await connectDatabase({ dataDir: path.join(DATA_DIR, "pg"), log: say });

const authSecret = ensureAuthSecret();
// NEXT_DIST_DIR (read by next.config.ts) serves another build; the benchmark times a cold start on .next-test.
ensureBuild(process.env.NEXT_DIST_DIR || ".next");

// Next.js behind the hosted pages' response cache (scripts/serve.mjs). CLAIREMENT_HOST limits the
// server to one interface (the benchmark's cold start uses 127.0.0.1).
const app = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], {
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

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  say("Arrêt…");
  if (app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((r) => app.once("exit", r));
  }
  await database.stop();
  say("Application et base de données arrêtées.");
  process.exit(code);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
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
