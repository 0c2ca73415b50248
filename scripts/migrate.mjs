// `npm run db:migrate`: applies pending migrations to DATABASE_URL (npm start does it by itself).
import { migrate } from "./lib/migrate.mjs";

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write("✖ DATABASE_URL n’est pas défini.\n");
  process.exit(1);
}
try {
  const applied = await migrate(url, { log: (line) => process.stdout.write(`▸ ${line}\n`) });
  if (!applied.length) process.stdout.write("▸ Base de données à jour : aucune migration en attente.\n");
} catch (error) {
  process.stderr.write(`✖ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
