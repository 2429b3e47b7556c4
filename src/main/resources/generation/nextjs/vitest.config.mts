import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    environment: "node",
    include: ["tests/**/*.test.ts"],
    // An in-memory PGlite per worker (npm test runs without isolation, so test files share it); set
    // TEST_DATABASE_URL to run the same tests against PostgreSQL.
    env: { DATABASE_URL: process.env.TEST_DATABASE_URL ?? "", PGLITE_DATA_DIR: "memory://" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
