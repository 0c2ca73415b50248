import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The tests build into their own folder so they never disturb the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // pdfkit reads its data files from node_modules at run time: keep it out of the server bundle.
  serverExternalPackages: ["pdfkit"],
};

export default nextConfig;
