import net from "node:net";

/** A TCP port that is free on the loopback interface right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Whether something already listens on this port (any interface).
 * @param {number} port
 */
export function portInUse(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(true));
    server.listen(port, () => server.close(() => resolve(false)));
  });
}

/**
 * Resolves once an HTTP GET on the URL answers, or rejects after the timeout.
 * @param {string} url
 * @param {number} timeoutMs
 */
export async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      await res.body?.cancel();
      return res.status;
    } catch {
      if (Date.now() > deadline) throw new Error(`Aucune réponse de ${url} après ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
