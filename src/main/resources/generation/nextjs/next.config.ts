import type { NextConfig } from "next";

// Nothing leaves the machine during build or start.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files: load it from node_modules instead of bundling it.
  serverExternalPackages: ["@electric-sql/pglite"],
  // The SQL migrations are read at run time: ship them with every server function (Vercel).
  outputFileTracingIncludes: { "/**": ["./migrations/**"] },
  poweredByHeader: false,
};

export default nextConfig;
