/**
 * `npm run cypher -- '<query>' [--param k=v ...]`: runs a read-only query and prints its rows as one
 * JSON array on stdout; a query that does more than read the graph (a write, an administration
 * command, a procedure outside the console's allowlist) or a syntax error is one line on stderr, exit 1.
 */
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../server/config.js';
import { createNeo4jDriver } from '../server/graph/driver.js';
import { runReadQuery } from '../server/graph/run-read-query.js';
import { connectNeo4j } from './neo4j/connect.js';
import { parsePositiveInteger } from './parse-positive-integer.js';
import { projectRoot, runCli } from './run-cli.js';

interface CypherOptions {
  param: Record<string, unknown>;
  limit: number;
  timeout: number;
}

/** `k=v`: v as JSON when it parses (`n=5`, `ids=["a","b"]`), else as the string it is (`name=Kerry`). */
function addParam(pair: string, params: Record<string, unknown>): Record<string, unknown> {
  const split = pair.indexOf('=');
  if (split < 1) throw new InvalidArgumentError(`expected key=value, got "${pair}"`);
  const raw = pair.slice(split + 1);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  return { ...params, [pair.slice(0, split)]: value };
}

async function runQuery(query: string, options: CypherOptions): Promise<void> {
  const connection = await connectNeo4j(await loadConfig(), projectRoot);
  const driver = createNeo4jDriver(connection);
  try {
    const result = await runReadQuery(driver, connection.database, query, options.param, {
      rowLimit: options.limit,
      // Values print whole: the CLI's reader asked for this query, and --limit bounds its rows.
      byteBudget: Number.POSITIVE_INFINITY,
      valueLimits: { listItems: Number.POSITIVE_INFINITY, stringChars: Number.POSITIVE_INFINITY },
      timeoutMs: options.timeout * 1000,
    });
    process.stdout.write(`${JSON.stringify(result.rows, null, 2)}\n`);
    if (result.truncated) process.stderr.write(`warning: only the first ${options.limit} rows are printed (--limit)\n`);
  } catch (error) {
    // Neo4j's own message, prefixed with its code (e.g. Neo.ClientError.Statement.AccessMode).
    const code = (error as { code?: string }).code;
    throw code?.startsWith('Neo.') ? new Error(`${code}: ${(error as Error).message}`) : error;
  } finally {
    await driver.close();
  }
}

const program = new Command()
  .name('cypher')
  .description('Run a read-only Cypher query and print its rows as JSON')
  .argument('<query>', 'the Cypher query')
  .option('--param <key=value>', 'a query parameter, repeatable; the value as JSON when it parses, else a string', addParam, {})
  .option('--limit <rows>', 'most rows printed', parsePositiveInteger, 10_000)
  .option('--timeout <seconds>', 'transaction timeout', parsePositiveInteger, 30)
  .action(runQuery);

await runCli(() => program.parseAsync());
