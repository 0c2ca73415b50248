export function hstsFor(publicUrl: unknown): string | null;
