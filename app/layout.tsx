import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./globals.css";
import { inter, serif } from "./fonts";

export const metadata: Metadata = {
  title: { default: "Clairement — politiques de confidentialité conformes au RGPD", template: "%s · Clairement" },
  description:
    "Clairement rédige la politique de confidentialité de votre activité en ligne, conforme au RGPD et au droit français, et la publie en versions datées.",
};

export const viewport: Viewport = { themeColor: "#0b5c55" };

// Reading the request headers makes every page render per request, so Next.js can put the CSP nonce
// of proxy.ts on its scripts.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await headers();
  return (
    <html lang="fr" className={`${inter.variable} ${serif.variable}`}>
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
