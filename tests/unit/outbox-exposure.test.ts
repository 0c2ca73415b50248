// Issue 12, defect 1: the local outbox holds everyone's sign-in links. It is readable only by a loopback client of a
// loopback deployment, and `npm start` refuses a public URL with no SMTP unless a demo is declared on purpose.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { isLoopbackAddress, isLoopbackUrl, PUBLIC_OUTBOX_VAR } from "@/lib/loopback.mjs";

describe("loopback", () => {
  it.each(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"])("%s is this machine", (a) => expect(isLoopbackAddress(a)).toBe(true));
  it.each(["192.0.2.2", "10.0.0.1", "::ffff:192.0.2.2", "fd00::2", "0.0.0.0", "", "127.0.0.1.evil", "1127.0.0.1", undefined, null])("%s is not", (a) => expect(isLoopbackAddress(a)).toBe(false));
  it.each(["http://localhost:3000", "http://127.0.0.1:3000/", "http://[::1]:3000", "http://app.localhost"])("%s is a local URL", (u) => expect(isLoopbackUrl(u)).toBe(true));
  it.each(["https://clairement.fr", "http://192.0.2.2:3000", "http://localhost.evil.example", "http://127.0.0.1.nip.io", "pas une adresse", ""])("%s is not", (u) => expect(isLoopbackUrl(u)).toBe(false));
});

describe("npm start without SMTP", () => {
  const start = (env: Record<string, string>) => spawnSync(process.execPath, ["scripts/start.mjs"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "3987", NODE_ENV: "production", ...env } as NodeJS.ProcessEnv, encoding: "utf8", timeout: 60_000,
  });

  it("refuses a public URL that is not local, in French, before starting anything, and names the demo variable", () => {
    const run = start({ NEXTAUTH_URL: "https://politiques.exemple.fr" });
    expect(run.status).not.toBe(0);
    const out = `${run.stdout}${run.stderr}`;
    expect(out).toContain("Aucun serveur SMTP n’est configuré et l’adresse publique (https://politiques.exemple.fr) n’est pas locale");
    expect(out).toContain(`${PUBLIC_OUTBOX_VAR}=1`);
    expect(out).not.toContain("PostgreSQL");
  });
});
