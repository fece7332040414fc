/**
 * The export menu in Chromium: each entry downloads a file named for the window, and each file
 * parses — CSV with csv-parse, GraphML, GEXF and SVG with fast-xml-parser, JSON with the contract,
 * PNG by its signature and size. Screenshots in test-artifacts/e2e/.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportJsonSchema } from '../../server/contract/api.js';
import { openExplorerSession, SETUP_TIMEOUT_MS, STEP_TIMEOUT_MS, type ExplorerSession } from '../support/open-explorer-session.js';

const WINDOW = { from: '2015-10-01', to: '2016-03-31' };

let demo: ExplorerSession;
beforeAll(async () => {
  demo = await openExplorerSession();
  await demo.page.goto(`${demo.explorer.url}/?from=${WINDOW.from}&to=${WINDOW.to}&types=talks,meeting,statement`);
  await demo.page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
}, SETUP_TIMEOUT_MS);
afterAll(() => demo?.close());

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'circle', 'path', 'text', 'g'].includes(name) });

/** Opens the menu, clicks an entry, and returns the downloaded file's name and text. */
async function download(entry: string, screenshot?: string): Promise<{ name: string; bytes: Buffer }> {
  const { page } = demo;
  await page.getByTestId('export-button').click();
  await page.getByTestId(`export-${entry}`).waitFor({ state: 'visible' });
  if (screenshot) await demo.screenshot(screenshot);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${entry}`).click()]);
  const bytes = await readFile((await file.path())!);
  await page.getByTestId('export-list').waitFor({ state: 'hidden' });
  return { name: file.suggestedFilename(), bytes };
}

describe('the export menu in Chromium', () => {
  it.each(['events', 'participants', 'actors', 'relations'])('downloads the %s of the window and filters as a CSV table', async (table) => {
    const { name, bytes } = await download(`csv-${table}`, `exports-01-csv-${table}`);
    expect(name).toBe(`diplomatic-graph_${WINDOW.from}_to_${WINDOW.to}_${table}.csv`);
    const rows = parseCsv(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    if (table === 'events') for (const row of rows) expect(['talks', 'meeting', 'statement']).toContain(row.type);
  }, STEP_TIMEOUT_MS);

  it('downloads the actor graph as GraphML with as many nodes as the view draws', async () => {
    const { name, bytes } = await download('graphml', 'exports-03-graphml');
    expect(name).toBe(`diplomatic-graph_${WINDOW.from}_to_${WINDOW.to}.graphml`);
    const text = bytes.toString('utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const graph = xml.parse(text).graphml.graph;
    expect(graph.node.length).toBe(Number(await demo.page.getByTestId('graph-view').getAttribute('data-node-count')));
    expect(graph.edge.length).toBeGreaterThan(0);
  }, STEP_TIMEOUT_MS);

  it('downloads the actor graph as GEXF for Gephi', async () => {
    const { name, bytes } = await download('gexf', 'exports-04-gexf');
    expect(name.endsWith('.gexf')).toBe(true);
    const text = bytes.toString('utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const root = xml.parse(text).gexf;
    expect(root['@version']).toBe('1.3');
    expect(root.graph.nodes.node.length).toBeGreaterThan(0);
  }, STEP_TIMEOUT_MS);

  it('downloads the extraction documents of the window as JSON', async () => {
    const { name, bytes } = await download('json', 'exports-05-json');
    expect(name.endsWith('.json')).toBe(true);
    const documents = ExportJsonSchema.parse(JSON.parse(bytes.toString('utf8')));
    expect(documents.length).toBeGreaterThan(0);
    for (const event of documents.flatMap((doc) => doc.events)) expect(event.date.start! <= WINDOW.to && event.date.end! >= WINDOW.from).toBe(true);
  }, STEP_TIMEOUT_MS);

  it('closes the menu on Escape and on a click elsewhere', async () => {
    const { page } = demo;
    const list = page.getByTestId('export-list');
    await page.getByTestId('export-button').click();
    await list.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    await page.getByTestId('export-button').click();
    await list.waitFor({ state: 'visible' });
    await page.getByTestId('filters').click({ position: { x: 5, y: 5 } });
    await list.waitFor({ state: 'hidden' });
    await demo.screenshot('exports-08-menu-closed');
  }, STEP_TIMEOUT_MS);

  it('downloads the graph view as a PNG the size of the canvas', async () => {
    const { name, bytes } = await download('png', 'exports-06-png');
    expect(name).toBe(`diplomatic-graph_${WINDOW.from}_to_${WINDOW.to}_view.png`);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const canvas = (await demo.page.getByTestId('graph-canvas').boundingBox())!;
    // The IHDR chunk holds width and height at bytes 16 and 20 (device pixels; the test page's ratio is 1).
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Math.round(canvas.width), Math.round(canvas.height)]);
  }, STEP_TIMEOUT_MS);

  it('downloads the graph view as an SVG with a shape per node and the labels drawn', async () => {
    const { name, bytes } = await download('svg', 'exports-07-svg');
    expect(name.endsWith('_view.svg')).toBe(true);
    const text = bytes.toString('utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const svg = xml.parse(text).svg;
    expect(svg['@xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(text).toMatch(/<path /);
    const labels = [...text.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((match) => match[1]);
    const nodes = await demo.page.evaluate(() => (window as unknown as { explorer: { graphNodes(): { name: string }[] } }).explorer.graphNodes());
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(nodes.some((node) => node.name.startsWith(label!.replace(/…$/, '')))).toBe(true);
    await demo.screenshot('exports-02-export-done');
  }, STEP_TIMEOUT_MS);
});
