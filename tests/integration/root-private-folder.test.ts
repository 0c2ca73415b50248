// Issue 12, defect 10: run as root from a folder other users cannot traverse (mode 700, as /root is), the embedded
// PostgreSQL (run as « postgres ») cannot start: the start now says so in French, with what to do, before trying.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { blockedAncestor, startEmbeddedPostgres } from "../../scripts/lib/embedded-pg.mjs";

const base = mkdtempSync(path.join(tmpdir(), "clairement-prive-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("a private folder on the way to the project", () => {
  it("blockedAncestor names the first folder others cannot traverse", () => {
    const open = path.join(base, "ouvert", "projet");
    const closed = path.join(base, "ferme");
    mkdirSync(open, { recursive: true });
    mkdirSync(path.join(closed, "projet"), { recursive: true });
    chmodSync(path.join(base, "ouvert"), 0o755);
    chmodSync(base, 0o755);
    chmodSync(closed, 0o700);
    expect(blockedAncestor(open)).toBeNull();
    expect(blockedAncestor(path.join(closed, "projet", ".data", "pg"))).toBe(closed);
  });

  it.runIf(userInfo().uid === 0)("as root, the embedded PostgreSQL refuses to start there with a French message saying what to do", async () => {
    const closed = path.join(base, "ferme");
    await expect(startEmbeddedPostgres({ dir: path.join(closed, "projet", ".data", "pg"), persistent: false })).rejects.toThrow(
      `Lancé en root, PostgreSQL intégré s’exécute sous l’utilisateur « postgres », qui ne peut pas traverser le dossier ${closed} (droits 700)`,
    );
  });
});
