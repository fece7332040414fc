/** An export request answered: the graph formats from the actor graph, the tables and JSON from the window's events. */
import type { Driver } from 'neo4j-driver';
import type { ExportQuery } from '../contract/api.js';
import type { ExploreStore } from '../explore/create-explore-store.js';
import type { ReadOptions } from '../explore/read-rows.js';
import { buildExtractionDocuments } from './build-extraction-documents.js';
import { readExportData } from './read-export-data.js';
import { writeCsvTable } from './write-csv-table.js';
import { writeGexf } from './write-gexf.js';
import { writeGraphml } from './write-graphml.js';

export interface ExportSources {
  store: ExploreStore;
  driver: Driver;
  database: string;
}

/** The file's text, and whether a cap cut what it holds. */
export async function writeExport({ store, driver, database }: ExportSources, query: ExportQuery, options: ReadOptions): Promise<{ body: string; capped: boolean }> {
  if (query.format === 'graphml' || query.format === 'gexf') {
    const graph = await store.actorGraph(query, options);
    return { body: query.format === 'graphml' ? writeGraphml(graph) : writeGexf(graph), capped: graph.capped };
  }
  const data = await readExportData(driver, database, query, options);
  const body = query.format === 'csv' ? writeCsvTable(data, query.table) : JSON.stringify(buildExtractionDocuments(data), null, 2);
  return { body, capped: data.capped };
}
