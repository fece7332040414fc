/** The local server's password: NEO4J_PASSWORD when given, else one generated once and kept in `.neo4j/`. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function readOrCreateLocalPassword(root: string, fromEnvironment: string | undefined): string {
  if (fromEnvironment) return fromEnvironment;
  const file = join(root, '.neo4j', 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(join(root, '.neo4j'), { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
