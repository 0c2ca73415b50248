export function isLoopbackAddress(address: unknown): boolean;
export function isLoopbackUrl(url: unknown): boolean;
export const PUBLIC_OUTBOX_VAR: "CLAIREMENT_BOITE_MAIL_PUBLIQUE";
