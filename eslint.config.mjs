import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Next's recommended rules (React, hooks, a11y, core web vitals) plus typescript-eslint's.
const config = [
  {
    // Generated, built or downloaded: not ours to lint.
    ignores: [
      "node_modules/**",
      ".next*/**",
      ".data/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `any` hides exactly the mistakes the type checker is there to catch.
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
];

export default config;
