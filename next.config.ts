import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The tests build into their own folder so they never disturb the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // pdfkit reads its data files from node_modules at run time: keep it out of the server bundle.
  serverExternalPackages: ["pdfkit"],
  // On every response, static files included. The CSP comes from proxy.ts (app pages, with a nonce)
  // or from the hosted pages' own route handlers.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
