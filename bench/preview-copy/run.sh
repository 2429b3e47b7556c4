#!/usr/bin/env bash
# Prints what a copy of a live app's data costs (a preview's, a migration rehearsal's): the app's copying route
# (PGlite's CHECKPOINT + dumpDataDir, as src/app/api/truecoding/database/route.ts does, served while the database
# stays open) unpacked by DatabaseCopy, against copying the folder of a stopped app (the fallback, its stop and
# start left out), for an empty app database and ones with 10,000 and 100,000 rows. PGlite is taken from a built
# app: the first argument, else the dependency cache BuiltInDeployerTests left under target/deploy-test-data.
# Needs node (and a JDK 21+, found by bin/find-jdk).
set -euo pipefail
cd "$(dirname "$0")/../.."
app="${1:-$(find target/deploy-test-data -maxdepth 6 -type d -path '*node_modules/@electric-sql/pglite' 2>/dev/null | head -1)/../../..}"
if [ ! -d "$app/node_modules/@electric-sql/pglite" ]; then
  echo "No built app with PGlite found: pass the folder of one (run BuiltInDeployerTests first)" >&2
  exit 1
fi
data="$PWD/target/bench-preview-copy"
rm -rf "$data" && mkdir -p "$data"
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -B -o compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
for rows in 0 10000 100000; do
  port_file="$data/port-$rows"
  (cd "$app" && exec node --input-type=module -e '
    import { PGlite } from "@electric-sql/pglite";
    import { createServer } from "node:http";
    import { writeFileSync } from "node:fs";
    const [dir, rows, portFile] = [process.argv[1], Number(process.argv[2]), process.argv[3]];
    const db = new PGlite(dir);
    await db.exec(`CREATE TABLE recipes (id text PRIMARY KEY, title text NOT NULL, body text, rating int)`);
    await db.exec(`INSERT INTO recipes SELECT md5(g::text), $$Recipe $$ || g, repeat($$Mix the flour and the eggs. $$, 10), g % 5
                   FROM generate_series(1, ${rows}) g`);
    const server = createServer(async (req, res) => {
      if (req.headers.authorization !== "Bearer bench") { res.writeHead(401).end(); return; }
      await db.exec("CHECKPOINT");
      const tarball = await db.dumpDataDir("none");
      res.writeHead(200, { "content-type": "application/x-tar", "content-length": tarball.size });
      res.end(Buffer.from(await tarball.arrayBuffer()));
    });
    server.listen(0, "127.0.0.1", () => writeFileSync(portFile, String(server.address().port)));' "$data/db-$rows" "$rows" "$port_file") &
  pids+=($!)
done
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for rows in 0 10000 100000; do
  for _ in $(seq 1 600); do [ -s "$data/port-$rows" ] && break; sleep 0.1; done
done
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/preview-copy/CopyBench.java "$data" \
  "$(cat "$data/port-0")" "$(cat "$data/port-10000")" "$(cat "$data/port-100000")"
