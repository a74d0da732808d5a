// `npm run seed:scale`: loads the large invented programme of bench/scale-data.ts into the
// configured database (PGLITE_DATA_DIR, default ./data/pglite, or DATABASE_URL), beside the demo
// when it is there (in its programme), and prints what it loaded and how long it took.
// Options: --seed=<n> (default 2026), --search=<n> adds a territory of n short transcripts for
// the search figures (0 by default).
import { closeDatabase, getDb, prepareDatabase } from "../app/db/client.server";
import { generateScale, generateSearchTerritory } from "../bench/scale-data";

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
await prepareDatabase();
const db = getDb();
const result = await generateScale(db, { seed: Number(arg("seed") ?? 2026) });
console.log(
  `Scale data (invented) loaded in ${(result.ms / 1000).toFixed(1)} s: territories ${result.slugs[0]} … ${result.slugs.at(-1)}`,
);
for (const [table, n] of Object.entries(result.counts))
  console.log(`  ${table.padEnd(24)} ${String(n).padStart(8)}`);
const search = Number(arg("search") ?? 0);
if (search > 0) {
  const started = performance.now();
  await generateSearchTerritory(db, {
    programmeId: result.programmeId,
    slug: `scale-search-${search}`,
    count: search,
  });
  console.log(
    `  search territory scale-search-${search}: ${search} transcripts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
await closeDatabase();
