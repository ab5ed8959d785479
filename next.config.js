import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The custom server (server/index.ts) hosts Next.js; these run natively in Node, never bundled.
  // Yjs and its protocol libraries too: route handlers then share the custom server's one copy.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pg",
    "ws",
    "bcryptjs",
    "ioredis",
    "playwright-core",
    "yjs",
    "y-protocols",
    "lib0",
  ],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` runs tsc separately in the test command
};

/**
 * next-intl's plugin only shapes the build (it points `next-intl/config` at lib/i18n/request.ts);
 * the production server skips it, since loading it also loads @swc/core and a file watcher.
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
}
