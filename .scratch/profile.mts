import neo4j from 'neo4j-driver';
import { readGdeltLines } from '../scripts/import-gdelt/read-gdelt-lines.ts';
import { parseGdeltRow } from '../server/gdelt/parse-gdelt-row.ts';
import { mapGdeltRow } from '../server/gdelt/map-gdelt-row.ts';
import { gdeltCodebook } from '../server/gdelt/load-gdelt-codebook.ts';
import { writeGdeltBatch } from '../server/graph/write-gdelt-batch.ts';
const d = neo4j.driver('bolt://127.0.0.1:7812', neo4j.auth.basic('neo4j','test-password-not-secret'), { disableLosslessIntegers: true });
let t = performance.now();
const records = [];
for await (const { columns } of readGdeltLines(process.argv[2]!)) records.push(mapGdeltRow(parseGdeltRow(columns), gdeltCodebook));
console.log('parse+map', records.length, (performance.now() - t).toFixed(0), 'ms');
const size = Number(process.argv[3] ?? 5000);
// Patch tx.run timing
const orig = (await import('neo4j-driver-core')).Transaction?.prototype;
t = performance.now();
for (let i = 0; i < records.length; i += size) {
  const s = performance.now();
  await writeGdeltBatch(d, 'neo4j', records.slice(i, i + size));
  if (process.env.V) console.log('batch', i, (performance.now() - s).toFixed(0));
}
const secs = (performance.now() - t) / 1000;
console.log('write', records.length, secs.toFixed(2), 's', Math.round(records.length / secs), 'events/s');
await d.close();
