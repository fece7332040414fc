/** GET /api/export — the window's data as a file: CSV tables, GraphML, GEXF or extraction JSON. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { ExportJsonSchema, ExportQuerySchema } from '../../contract/api.js';
import { clientGoneSignal } from '../../backpressure/client-gone-signal.js';
import type { ExploreStore } from '../../explore/create-explore-store.js';
import { writeExport } from '../../export/write-export.js';
import { exportMediaType, nameExportFile } from '../../export/name-export-file.js';
import { EXPORT_EVENT_LIMIT } from '../../export/read-export-data.js';
import { READ_ERRORS } from '../error-responses.js';

export interface ExportRouteOptions {
  store: ExploreStore;
  driver: Driver;
  database: string;
}

const FILE = z.string();

export const exportRoutes: FastifyPluginAsyncZod<ExportRouteOptions> = async (app, { store, driver, database }) => {
  app.get(
    '/export',
    {
      schema: {
        summary: 'The time window as a file, with the same filters as /api/graph',
        description: [
          '`format=graphml` or `gexf`: the actor graph /api/graph answers (minWeight and limit apply), for Gephi: nodes with label, kind and activity; edges with kind, type and weight, stated relations directed.',
          '`format=csv`: one table per request, picked by `table` (events, participants, actors, relations; UTF-8 with a byte-order mark, for spreadsheets).',
          '`format=json`: one extraction document per article (the contract of POST /api/articles answers), each re-ingestible.',
          `CSV and JSON carry the window's events (of the types asked, with an actor asked for and an actor of a kind asked for), each with all its participants, at most ${EXPORT_EVENT_LIMIT.toLocaleString('en')} (earliest first; the header x-export-capped says when cut); with neither from nor to, undated events too.`,
          'The file name (Content-Disposition) names the window and the table.',
        ].join('\n\n'),
        querystring: ExportQuerySchema,
        produces: ['text/csv', 'application/graphml+xml', 'application/gexf+xml', 'application/json'],
        response: {
          200: {
            description: 'The file, as an attachment',
            content: {
              'text/csv': { schema: FILE },
              'application/graphml+xml': { schema: FILE },
              'application/gexf+xml': { schema: FILE },
              'application/json': { schema: ExportJsonSchema },
            },
          },
          ...READ_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const { body, capped } = await writeExport({ store, driver, database }, request.query, { signal: clientGoneSignal(reply) });
      return reply
        .header('content-type', exportMediaType(request.query.format))
        .header('content-disposition', `attachment; filename="${nameExportFile(request.query)}"`)
        .header('x-export-capped', String(capped))
        .send(body);
    },
  );
};
