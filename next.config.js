// @ts-check
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const dev = process.env.NODE_ENV !== "production";

// The content security policy is set per request, with a nonce, by proxy.ts (lib/http/csp.ts).
const securityHeaders = [
  // Older browsers' spelling of frame-ancestors 'none'.
  { key: "X-Frame-Options", value: "DENY" },
  // Links out (to ministry sites) carry no path, which could reveal what a reader studied.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  // Browsers ignore it over plain http (the zero-config localhost start), honour it over https.
  ...(dev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=31536000" }]),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets a test build run beside a running app.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // NEXT_OUTPUT=standalone (the Dockerfile) builds a server that carries only the files it
  // traced; `npm start` and the tests run `next start` on the ordinary build.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Read from disk at run time, so the tracer is told: pdfkit's font metrics, and the Japanese
  // font the briefing PDF embeds (lib/briefing/pdf.ts, JAPANESE_FONT_FILES).
  outputFileTracingIncludes: {
    "/**": [
      "./node_modules/pdfkit/js/data/**",
      "./node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
      "./node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
    ],
  },
  // pdfkit reads its font metrics from its own folder at run time, so it must stay in
  // node_modules rather than be bundled.
  serverExternalPackages: ["pdfkit"],
  // The pledges CSV import uploads files of up to 3 MB through a server action (default 1 MB).
  experimental: { serverActions: { bodySizeLimit: "4mb" } },
  // On every response: pages, API, static files.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// `next start` refuses to run without a session secret: next-auth would otherwise answer
// every sign-in with an error. `npm start` provides one (lib/auth/local-secret.ts).
export default function config(/** @type {string} */ phase) {
  if (phase === PHASE_PRODUCTION_SERVER && !process.env.NEXTAUTH_SECRET) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. A production server needs it to sign sessions: set it to a long random value " +
        "(e.g. `node -e \"console.log(require('crypto').randomBytes(32).toString('base64url'))\"`), " +
        "or use `npm start`, which keeps one in the local .data folder.",
    );
  }
  return withNextIntl(nextConfig);
}
