// Issue 12, defect 5: a path with dot segments is redirected to its normalised form before routing and caching.
import { describe, expect, it } from "vitest";
import { dotSegmentRedirect } from "../../scripts/lib/dot-segments.mjs";

describe("dot segments", () => {
  it.each([
    ["/p/a/../b/v/1", "/p/b/v/1"], ["/p/a/./v/1", "/p/a/v/1"], ["/p/a/%2e%2e/b", "/p/b"], ["/p/a/%2E%2E/b.pdf", "/p/b.pdf"],
    ["/p/a/.%2e/b", "/p/b"], ["/p/a/..", "/p/"], ["/p/a/.", "/p/a/"], ["/../../etc/passwd", "/etc/passwd"],
    ["/api/p/a/../b?x=1", "/api/p/b?x=1"], ["/p/a/%2e/v/2.txt", "/p/a/v/2.txt"],
  ])("%s → %s", (input, expected) => expect(dotSegmentRedirect(input)).toBe(expected));

  it.each(["/p/a/v/1", "/p/a.b/v/1.pdf", "/p/...", "/p/a..b", "/p/a/v/1?next=../x", "/", "", "/p/%2e%2ex"])("%s is left alone", (input) => {
    expect(dotSegmentRedirect(input)).toBeNull();
  });
});
