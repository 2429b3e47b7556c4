import type { NextConfig } from "next";

// Nothing leaves the machine during build or start.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files: load it from node_modules instead of bundling it.
  serverExternalPackages: ["@electric-sql/pglite"],
  // The SQL migrations are read at run time: ship them with every server function (Vercel).
  outputFileTracingIncludes: { "/**": ["./migrations/**"] },
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` (tsc), which True Coding runs before every commit it makes and
  // the CI workflow runs before `npm run build`: the build does not check them a second time. Keep both if you
  // change this app's checks. (Next.js 16 no longer lints during builds.)
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
