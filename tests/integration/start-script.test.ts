import { spawn } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/net.mjs";

function runStart(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c));
    child.stderr.on("data", (c: Buffer) => (out += c));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("npm start faults", () => {
  it("an unreachable database: one clear message naming the database and why, non-zero exit, password not shown", async () => {
    const dbPort = await freePort();
    const { code, out } = await runStart({ DATABASE_URL: `postgresql://fondateur:motdepasse@127.0.0.1:${dbPort}/clairement`, PORT: String(await freePort()) });
    expect(code).toBe(1);
    expect(out).toContain(`Base de données injoignable : postgresql://fondateur@127.0.0.1:${dbPort}/clairement`);
    expect(out).toMatch(/ECONNREFUSED/);
    expect(out).not.toContain("motdepasse");
  });

  it("a port already in use: a clear message suggesting another port, non-zero exit", async () => {
    const server = net.createServer();
    const port = await new Promise<number>((resolve) => server.listen(0, () => resolve((server.address() as net.AddressInfo).port)));
    try {
      const { code, out } = await runStart({ PORT: String(port), DATABASE_URL: "postgresql://x@127.0.0.1:1/x" });
      expect(code).toBe(1);
      expect(out).toContain(`Le port ${port} est déjà utilisé par un autre programme`);
      expect(out).toContain(`PORT=${port + 1} npm start`);
    } finally {
      server.close();
    }
  });

  it("an invalid PORT is refused before anything starts", async () => {
    const { code, out } = await runStart({ PORT: "quatre-mille" });
    expect(code).toBe(1);
    expect(out).toContain("PORT invalide : « quatre-mille »");
  });
});
