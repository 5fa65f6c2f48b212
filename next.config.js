// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets a test build run beside a running app.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
};

export default nextConfig;
