import { getDb } from "@/db/client";
import { json } from "@/lib/http";
import { appTokenRefusal, NO_STORE } from "@/lib/appToken";

export const dynamic = "force-dynamic";

/** What this route needs of PGlite (drizzle keeps the client it was given as $client). */
type Dumpable = {
  exec(sql: string): Promise<unknown>;
  dumpDataDir(compression?: "none" | "gzip" | "auto"): Promise<Blob>;
};

/**
 * GET /api/truecoding/database: the embedded database (PGlite) as one uncompressed tarball of its data folder,
 * for True Coding to start a preview or rehearse a migration on a copy of the live data while this app keeps
 * serving (PGlite allows one process per folder, and copying its files under it is not safe). The tarball is
 * read in one go, with no query running meanwhile, so it is a consistent copy. Only for the holder of
 * TRUECODING_APP_TOKEN; with an external PostgreSQL (DATABASE_URL) there is no folder to give (409).
 */
export async function GET(request: Request): Promise<Response> {
  const refusal = appTokenRefusal(request);
  if (refusal) return refusal;
  const client = ((await getDb()) as unknown as { $client?: Partial<Dumpable> }).$client;
  if (process.env.DATABASE_URL || typeof client?.dumpDataDir !== "function" || typeof client.exec !== "function") {
    return json({ error: "The app's database is not embedded" }, 409, NO_STORE);
  }
  // Written out first, so the copy needs no replay of the write-ahead log to open.
  await client.exec("CHECKPOINT");
  const tarball = await client.dumpDataDir("none");
  return new Response(tarball, {
    status: 200,
    headers: { ...NO_STORE, "content-type": "application/x-tar", "content-length": String(tarball.size) },
  });
}
