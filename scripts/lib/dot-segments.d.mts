export function dotSegmentRedirect(rawUrl: unknown): string | null;
