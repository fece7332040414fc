/**
 * Serves the explorer: builds the app on a driver it owns, listens on HOST:PORT, and on SIGINT or
 * SIGTERM stops taking requests, finishes the ones in flight and closes the driver.
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { buildApp, type AppDeps } from './app.js';
import type { Config } from './config.js';
import { warmQueryPlans } from './warm-query-plans.js';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Closes the app, then the driver; safe to call twice. */
  close(): Promise<void>;
}

/** Builds and starts the server; the driver is closed with it. */
export async function startServer(config: Config, deps: AppDeps & { driver: Driver }): Promise<RunningServer> {
  const app = await buildApp(config, deps);
  try {
    await app.listen({ host: config.HOST, port: config.PORT });
  } catch (error) {
    await app.close().finally(() => deps.driver.close());
    throw error;
  }
  void warmQueryPlans(app);
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= app.close().finally(() => deps.driver.close()));
  return { app, url: `http://${displayHost(config.HOST)}:${config.PORT}`, close };
}

/** Closes the server once on Ctrl+C or a stop signal, then lets the process end. */
export function closeOnSignals(server: RunningServer): void {
  const stop = (signal: NodeJS.Signals) => {
    server.app.log.info(`${signal}: closing`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error: closing failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Listening on every interface still means "this machine" to the person reading the URL.
function displayHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
}
