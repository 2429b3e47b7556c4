#!/usr/bin/env bash
# Prints what protecting a deploy's data costs: copying a PGlite database before a new version migrates it, and
# putting it back, for an empty app database and ones with 10,000 and 100,000 rows. PGlite is taken from a built
# app: the first argument, else a build BuiltInDeployerTests left under target/deploy-test-data.
# Needs node (and a JDK 21+, found by bin/find-jdk).
set -euo pipefail
cd "$(dirname "$0")/../.."
app="${1:-$(dirname "$(find target/deploy-test-data/deploy -maxdepth 6 -type d -path '*node_modules/@electric-sql/pglite' 2>/dev/null | head -1)")/../..}"
if [ ! -d "$app/node_modules/@electric-sql/pglite" ]; then
  echo "No built app with PGlite found: pass the folder of one (run BuiltInDeployerTests first)" >&2
  exit 1
fi
data="$PWD/target/bench-deploy-snapshot"
rm -rf "$data" && mkdir -p "$data"
for rows in 0 10000 100000; do
  (cd "$app" && node --input-type=module -e '
    import { PGlite } from "@electric-sql/pglite";
    const [dir, rows] = [process.argv[1], Number(process.argv[2])];
    const db = new PGlite(dir);
    await db.exec(`CREATE TABLE recipes (id text PRIMARY KEY, title text NOT NULL, body text, rating int)`);
    await db.exec(`INSERT INTO recipes SELECT md5(g::text), $$Recipe $$ || g, repeat($$Mix the flour and the eggs. $$, 10), g % 5
                   FROM generate_series(1, ${rows}) g`);
    await db.close();' "$data/db-$rows" "$rows")
done
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -B -o compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/deploy-snapshot/SnapshotBench.java "$data"
