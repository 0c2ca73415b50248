import "server-only";

/**
 * The address a sign-in request asks a link for, whatever the body's type: a form (urlencoded or multipart), JSON, or
 * text/plain holding « email=… ». The rate limit reads it here, so that changing the content type cannot slip a
 * request past the limit (issue 12, defect 2). `json`: whether the client asked for a JSON answer (next-auth's client).
 */
export async function signInEmailOf(req: Request): Promise<{ email: string | null; json: boolean }> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  let fields: Record<string, unknown> = {};
  if (type.includes("multipart/form-data")) {
    const form = await req.clone().formData().catch(() => null);
    fields = form ? Object.fromEntries(form) : {};
  } else {
    const text = await req.clone().text().catch(() => "");
    const trimmed = text.trim();
    if (trimmed.startsWith("{")) {
      try {
        const parsed: unknown = JSON.parse(trimmed);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
      } catch {
        fields = {};
      }
    } else {
      fields = Object.fromEntries(new URLSearchParams(trimmed));
    }
  }
  return { email: typeof fields.email === "string" ? fields.email : null, json: fields.json === "true" || fields.json === true };
}
