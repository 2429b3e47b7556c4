import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { json } from "@/lib/http";
import { appTokenRefusal, NO_STORE } from "@/lib/appToken";

export const dynamic = "force-dynamic";

/** A table or column name as the migrations write them; anything else never reaches SQL. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * GET /api/truecoding/counts?table=<table>[&column=<column>]: how many rows a table has (and how many of them
 * have a value in the column), for True Coding to say what a change would do to the stored records before it is
 * applied. Read-only. Only for the holder of TRUECODING_APP_TOKEN (compared in constant time): without that
 * variable the route does not exist (404); a missing or wrong token is a 401.
 */
export async function GET(request: Request): Promise<Response> {
  const refusal = appTokenRefusal(request);
  if (refusal) return refusal;

  const url = new URL(request.url);
  const table = url.searchParams.get("table") ?? "";
  const column = url.searchParams.get("column");
  if (!NAME.test(table) || (column !== null && !NAME.test(column))) {
    return json({ error: "table and column must be SQL names ([A-Za-z_][A-Za-z0-9_]*, at most 63 characters)" }, 400, NO_STORE);
  }
  const db = await getDb();
  const found = await rows(db, sql`SELECT 1 FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_name = ${table}`);
  if (found.length === 0) return json({ error: `No table ${table}` }, 404, NO_STORE);
  if (column === null) {
    const [count] = await rows(db, sql`SELECT count(*)::text AS "rows" FROM ${sql.identifier(table)}`);
    return json({ rows: Number(count.rows) }, 200, NO_STORE);
  }
  const hasColumn = await rows(db, sql`SELECT 1 FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} AND column_name = ${column}`);
  if (hasColumn.length === 0) return json({ error: `No column ${column} in ${table}` }, 404, NO_STORE);
  const [count] = await rows(db, sql`SELECT count(*)::text AS "rows", count(${sql.identifier(column)})::text AS "values"
    FROM ${sql.identifier(table)}`);
  return json({ rows: Number(count.rows), values: Number(count.values) }, 200, NO_STORE);
}

type Db = Awaited<ReturnType<typeof getDb>>;

/** The rows of a query, from PGlite and node-postgres alike (both answer { rows }). */
async function rows(db: Db, query: ReturnType<typeof sql>): Promise<Record<string, string>[]> {
  const result = (await db.execute(query)) as unknown as { rows: Record<string, string>[] };
  return result.rows;
}
