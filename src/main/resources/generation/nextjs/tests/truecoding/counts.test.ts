import { readdirSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/truecoding/counts/route";
import { migrationsDir } from "@/db/migrate";

const TOKEN = "test-token-0123456789";

async function count(query: string, authorization?: string): Promise<{ status: number; body: any }> {
  const request = new Request(`http://localhost/api/truecoding/counts${query}`, {
    headers: authorization === undefined ? {} : { authorization },
  });
  const response = await GET(request);
  return { status: response.status, body: await response.json() };
}

// Every database has the migrations' own table: one row per migration file applied.
const migrationFiles = readdirSync(migrationsDir).filter((name) => name.endsWith(".sql")).length;

describe("GET /api/truecoding/counts", () => {
  afterEach(() => {
    delete process.env.TRUECODING_APP_TOKEN;
  });

  it("does not exist while TRUECODING_APP_TOKEN is unset", async () => {
    delete process.env.TRUECODING_APP_TOKEN;
    expect((await count("?table=_migrations", `Bearer ${TOKEN}`)).status).toBe(404);
  });

  it("refuses a missing or wrong token", async () => {
    process.env.TRUECODING_APP_TOKEN = TOKEN;
    expect((await count("?table=_migrations")).status).toBe(401);
    expect((await count("?table=_migrations", `Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await count("?table=_migrations", TOKEN)).status).toBe(401);
  });

  it("counts the rows of a table and the values of a column", async () => {
    process.env.TRUECODING_APP_TOKEN = TOKEN;
    const rows = await count("?table=_migrations", `Bearer ${TOKEN}`);
    expect(rows).toEqual({ status: 200, body: { rows: migrationFiles } });
    const values = await count("?table=_migrations&column=id", `Bearer ${TOKEN}`);
    expect(values).toEqual({ status: 200, body: { rows: migrationFiles, values: migrationFiles } });
  });

  it("answers 404 for a table or column that is not there", async () => {
    process.env.TRUECODING_APP_TOKEN = TOKEN;
    expect((await count("?table=no_such_table", `Bearer ${TOKEN}`)).status).toBe(404);
    const column = await count("?table=_migrations&column=no_such_column", `Bearer ${TOKEN}`);
    expect(column.status).toBe(404);
    expect(column.body.error).toContain("no_such_column");
  });

  it("takes only SQL names, never SQL", async () => {
    process.env.TRUECODING_APP_TOKEN = TOKEN;
    for (const query of ["", "?table=", '?table=x";drop table _migrations;--', "?table=1abc", `?table=${"a".repeat(64)}`,
      "?table=_migrations&column=id)%20or%20(1", "?table=_migrations&column="]) {
      expect((await count(query, `Bearer ${TOKEN}`)).status, query).toBe(400);
    }
    expect((await count("?table=_migrations", `Bearer ${TOKEN}`)).body.rows).toBe(migrationFiles);
  });
});
