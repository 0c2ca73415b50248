import { describe, expect, it } from "vitest";
import { versionInForce, type TPolicyIndex, type TVersionMeta } from "@/lib/server/public/cache";
import { isSettled } from "@/lib/server/public/version-response";

const v = (number: number, effectiveDate: string): TVersionMeta => ({
  number, effectiveDate, sha256: String(number).repeat(64).slice(0, 64), publishedAt: new Date("2026-11-01T10:00:00Z"), note: null,
  changeSummary: { grade: "minor", changes: [], first: number === 1 },
});
const index = (...versions: TVersionMeta[]): TPolicyIndex => ({ policyId: "p", slug: "s", company: "C", service: "S", versions });

describe("which version is in force", () => {
  it("the latest version whose effective date has come is in force; a future-dated one waits", () => {
    const i = index(v(1, "2026-11-01"), v(2, "2026-11-15"), v(3, "2026-12-01"));
    expect(versionInForce(i, "2026-11-21").number).toBe(2);
    expect(versionInForce(i, "2026-12-01").number).toBe(3);
    expect(versionInForce(i, "2026-11-15").number).toBe(2);
  });

  it("before the first effective date, the first version is shown (with its « entrera en vigueur » banner)", () => {
    expect(versionInForce(index(v(1, "2027-01-01")), "2026-11-21").number).toBe(1);
  });

  it("a version's page is final (immutable) only once a later version is in force", () => {
    const i = index(v(1, "2026-11-01"), v(2, "2026-12-01"));
    expect(isSettled(i, i.versions[0]!, "2026-11-21")).toBe(false);
    expect(isSettled(i, i.versions[0]!, "2026-12-01")).toBe(true);
    expect(isSettled(i, i.versions[1]!, "2027-06-01")).toBe(false);
  });
});
