import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { applyMigrations } from "./migrate";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

// One database per process (and per Vitest worker): kept on globalThis so Next.js dev reloads reuse it.
const holder = globalThis as unknown as { appDb?: Promise<Db> };

/** The app's database: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite, migrated on first use. */
export function getDb(): Promise<Db> {
  holder.appDb ??= open().catch((error: unknown) => {
    holder.appDb = undefined;
    throw error;
  });
  return holder.appDb;
}

async function open(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url) : openPglite(process.env.PGLITE_DATA_DIR ?? ".data/pglite");
}

async function openPostgres(url: string): Promise<Db> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: url });
  const client = await pool.connect();
  try {
    // Instances starting together must not apply the same migration twice.
    await client.query("SELECT pg_advisory_lock(72510331)");
    await applyMigrations(client, (sql) => client.query(sql));
  } finally {
    await client.query("SELECT pg_advisory_unlock(72510331)").catch(() => undefined);
    client.release();
  }
  return drizzle(pool, { schema }) as unknown as Db;
}

async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  // PGlite does not create missing parent folders; without this the server answers 500 after "Ready".
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  await applyMigrations(client, (sql) => client.exec(sql));
  return drizzle(client, { schema }) as unknown as Db;
}
