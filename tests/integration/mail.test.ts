import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createMigratedDatabase } from "./db";

// lib/mail.ts reads its configuration once per process: each test loads a fresh copy of the module
// graph with the environment it needs.
async function loadMail(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const mail = await import("@/lib/mail");
  const envModule = await import("@/lib/env");
  const dbModule = await import("@/lib/db");
  return { ...mail, ...envModule, ...dbModule };
}

type TReceived = { from: string; to: string[]; data: string };
let received: TReceived[] = [];
let smtp: SMTPServer;
let smtpPort = 0;
let databaseUrl = "";

beforeAll(async () => {
  ({ url: databaseUrl } = await createMigratedDatabase());
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (c: Buffer) => (data += c.toString("utf8")));
      stream.on("end", () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  smtpPort = (smtp.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("sign-in mail", () => {
  it("with SMTP configured, the mail really goes out through the SMTP server and never into the outbox", async () => {
    received = [];
    const m = await loadMail({ DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "s", SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SMTP_HOST: undefined, MAIL_FROM: "Clairement <bonjour@clairement.test>" });
    expect(m.outboxMode()).toBe(false);
    await m.sendMail({ to: "fondatrice@exemple.fr", subject: "Votre lien de connexion", text: "Lien : http://x/y", html: "<p>Lien</p>", url: "http://x/y" });
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toBe("bonjour@clairement.test");
    expect(received[0]!.to).toEqual(["fondatrice@exemple.fr"]);
    expect(received[0]!.data).toMatch(/Subject: Votre lien de connexion/);
    expect(await m.db().outboxMail.count({ where: { to: "fondatrice@exemple.fr" } })).toBe(0);
    await m.db().$disconnect();
  });

  it("without SMTP, the mail is kept in the local outbox and no SMTP connection is made", async () => {
    received = [];
    const m = await loadMail({ DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "s", SMTP_URL: undefined, SMTP_HOST: undefined });
    expect(m.outboxMode()).toBe(true);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await m.sendMail({ to: "local@exemple.fr", subject: "Votre lien de connexion", text: "t", html: "<p>t</p>", url: "http://localhost:3000/api/auth/callback/email?token=abc" });
    expect(log).toHaveBeenCalledWith(expect.stringContaining("http://localhost:3000/api/auth/callback/email?token=abc"));
    log.mockRestore();
    const kept = await m.db().outboxMail.findMany({ where: { to: "local@exemple.fr" } });
    expect(kept).toHaveLength(1);
    expect(kept[0]!.url).toBe("http://localhost:3000/api/auth/callback/email?token=abc");
    expect(received).toHaveLength(0);
    await m.db().$disconnect();
  });

  it("a refusing SMTP server is an error, not a silent success", async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onRcptTo(_address, _session, callback) {
        callback(new Error("550 boîte inconnue"));
      },
    });
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", () => resolve()));
    const port = (refusing.server.address() as { port: number }).port;
    const m = await loadMail({ DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "s", SMTP_URL: `smtp://127.0.0.1:${port}` });
    await expect(m.sendMail({ to: "x@exemple.fr", subject: "s", text: "t", html: "<p>t</p>" })).rejects.toThrow();
    await new Promise<void>((resolve) => refusing.close(() => resolve()));
    await m.db().$disconnect();
  });
});
