/** Cypher statements live in `cypher/`, one per file, and are loaded by name (`loadCypher('ingest/merge-actors')`). */
import { readFileSync } from 'node:fs';
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
