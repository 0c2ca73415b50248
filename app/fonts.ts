import localFont from "next/font/local";

// Fonts come from npm packages (@fontsource-variable), never downloaded at build time. Only the files the
// pages use, since every one is preloaded on every page: the latin subset covers French (é, œ, « », ’,
// U+202F) and the rare latin-ext letter falls back to the metric-matched system font; no italic is set
// in Source Serif anywhere in the app.
export const inter = localFont({
  src: [{ path: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2", style: "normal" }],
  variable: "--font-inter",
  display: "swap",
});

export const serif = localFont({
  src: [{ path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", style: "normal" }],
  variable: "--font-serif4",
  display: "swap",
});
