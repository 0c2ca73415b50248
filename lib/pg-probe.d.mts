export function answers(connectionString: string, timeoutMs?: number): Promise<boolean>;
