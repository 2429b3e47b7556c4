import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The little a migration needs from a database connection; PGlite and node-postgres both have it. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** Where the SQL files live; next.config.ts asks Next.js to ship this folder with the server. */
export const migrationsDir = path.join(process.cwd(), "migrations");

/**
 * Applies, in file-name order, each migration not yet recorded in _migrations, each in its own transaction: an
 * existing database gets only the files added since it was last opened.
 */
export async function applyMigrations(
  db: SqlRunner,
  exec: (sql: string) => Promise<unknown>,
  dir: string = migrationsDir,
): Promise<void> {
  await exec(`CREATE TABLE IF NOT EXISTS "_migrations" ("id" text PRIMARY KEY, "applied_at" timestamptz NOT NULL DEFAULT now())`);
  const applied = new Set(
    (await db.query(`SELECT "id" FROM "_migrations"`)).rows.map((row) => (row as { id: string }).id),
  );
  const files = readdirSync(dir).filter((name) => name.endsWith(".sql")).sort();
  for (const file of files) {
    if (applied.has(file)) continue;
    const sql = readFileSync(path.join(dir, file), "utf8");
    await exec("BEGIN");
    try {
      await exec(sql);
      await db.query(`INSERT INTO "_migrations" ("id") VALUES ($1)`, [file]);
      await exec("COMMIT");
    } catch (error) {
      await exec("ROLLBACK");
      throw new Error(`Migration ${file} failed: ${(error as Error).message}`);
    }
  }
}
