import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const eslintConfig = [
  ...nextVitals,
  ...nextTs,
  { rules: { "@next/next/no-html-link-for-pages": "off" } },
  {
    ignores: [
      "node_modules/**", ".next/**", ".next-test/**", ".data/**", ".cache/**",
      "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts",
    ],
  },
  {
    // The domain stays pure: no React, Next, Prisma, server code or I/O in lib/policy.
    files: ["lib/policy/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "lib/policy est pur : pas de React." },
          { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "lib/policy est pur : pas de Next." },
          { group: ["@prisma/*", "prisma", "pg", "**/generated/**", "@/lib/db", "@/lib/server/*", "server-only"], message: "lib/policy est pur : pas d'accès aux données." },
          { group: ["node:*", "fs", "fs/*", "path", "http", "https", "net", "child_process", "os", "crypto"], message: "lib/policy est pur : pas d'entrées-sorties." },
        ],
      }],
      "no-restricted-globals": ["error", "fetch", "process", "document", "window", "localStorage"],
    },
  },
];

export default eslintConfig;
