import { readFileSync, writeFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { importGdeltFiles } from '../scripts/import-gdelt/import-gdelt-files.ts';
import { ingestFiles } from '../scripts/ingest/ingest-files.ts';
import { clearGraph } from '../scripts/bench/load-synthetic-graph.ts';
import { applyMigrations } from '../server/graph/apply-migrations.ts';
import { generateSyntheticExtractions } from '../scripts/bench/generate-synthetic-graph.ts';
import { mkdirSync, rmSync } from 'node:fs';
const d = neo4j.driver('bolt://127.0.0.1:7812', neo4j.auth.basic('neo4j','test-password-not-secret'), { disableLosslessIntegers: true, maxTransactionRetryTime: 30000 });
const mode = process.argv[2];
const sizes = process.argv.slice(3).map(Number);
const reset = async () => { await clearGraph(d, 'neo4j'); await applyMigrations(d, 'neo4j'); };
if (mode === 'gdelt') {
  const rows = readFileSync('tests/fixtures/gdelt/20191024143000.export.CSV', 'utf8').split('\n').filter(Boolean);
  const N = 10000;
  writeFileSync('/tmp/si-bs.export.CSV', Array.from({ length: N }, (_, i) => { const c = rows[i % rows.length].split('\t'); c[0] = String(1e9 + i); return c.join('\t'); }).join('\n'));
  for (const size of sizes) {
    await reset();
    const t = performance.now();
    const silent = { rowSkipped() {}, fileFailed() {}, batchDone() {}, fileDone() {} };
    await importGdeltFiles(d, 'neo4j', ['/tmp/si-bs.export.CSV'], { batchSize: size }, silent);
    const s = (performance.now() - t) / 1000;
    console.log(`gdelt batch ${size}: ${N} events in ${s.toFixed(1)} s = ${Math.round(N / s)} events/s`);
  }
} else {
  const dir = '/tmp/si-bs-docs'; rmSync(dir, { recursive: true, force: true }); mkdirSync(dir);
  const docs = [...generateSyntheticExtractions({ events: 10000, actors: 2000, eventsPerArticle: 10, seed: 5 })];
  for (const doc of docs) writeFileSync(`${dir}/${doc.article.id}.json`, JSON.stringify(doc));
  const files = docs.map((doc) => `${dir}/${doc.article.id}.json`);
  for (const size of sizes) {
    await reset();
    const t = performance.now();
    await ingestFiles(d, 'neo4j', files, { fileDone() {}, fileFailed(e) { console.log(e.message); }, warn() {} }, null as never, { batchArticles: size });
    const s = (performance.now() - t) / 1000;
    console.log(`ingest batch ${size}: ${docs.length} docs in ${s.toFixed(1)} s = ${Math.round(docs.length / s)} docs/s, ${Math.round(10000 / s)} events/s`);
  }
}
await d.close();
