export function blockedAncestor(target: string): string | null;
export function startEmbeddedPostgres(options: { dir: string; persistent: boolean; port?: number; log?: (line: string) => void }): Promise<{ url: string; port: number; stop: () => Promise<void> }>;
