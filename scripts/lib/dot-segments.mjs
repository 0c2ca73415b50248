// Dot segments (« /p/a/../b/v/1 », « /p/%2e%2e/x ») are resolved before routing and caching (issue 12, defect 5):
// otherwise one page is cached under another address, and outlives that address's withdrawal. The server answers
// such a request with a permanent redirect to the normalised path, query kept.

const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/** The normalised target when the request path holds a dot segment, else null. */
export function dotSegmentRedirect(rawUrl) {
  const url = typeof rawUrl === "string" && rawUrl ? rawUrl : "/";
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (!DOT_SEGMENT.test(path)) return null;
  const normal = new URL(path, "http://clairement.invalid").pathname;
  return `${normal}${q === -1 ? "" : url.slice(q)}`;
}
