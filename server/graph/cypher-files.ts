/** Cypher statements live in `cypher/`, one per file, and are loaded by name (`loadCypher('ingest/merge-actors')`). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
const cache = new Map<string, string>();

export function loadCypher(name: string): string {
  let statement = cache.get(name);
  if (statement === undefined) {
    statement = readFileSync(`${CYPHER_DIR}${name}.cypher`, 'utf8').trim();
    cache.set(name, statement);
  }
  return statement;
}

/** The names (for `loadCypher`) of the statements directly in a folder of `cypher/`, sorted. */
export function listCypher(dir: string): string[] {
  return readdirSync(`${CYPHER_DIR}${dir}`, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => `${dir}/${entry.name.slice(0, -'.cypher'.length)}`)
    .sort();
}
