/**
 * The rows of one GDELT export, plain or zipped, as tab-separated columns with their line numbers.
 * GDELT quotes nothing (a `"` in a name is just a character), so quoting is off; a row with the wrong
 * number of columns still comes through, for the caller to report.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import yauzl from 'yauzl';

export interface GdeltLine {
  /** The line's number in its file (in the zip's CSV for a zip), from 1. */
  line: number;
  columns: string[];
}

/** Yields every non-empty line. */
export async function* readGdeltLines(file: string): AsyncGenerator<GdeltLine> {
  for await (const stream of openTextStreams(file)) {
    const parser = stream.pipe(parse({ delimiter: '\t', quote: false, relax_column_count: true, skip_empty_lines: true, info: true }));
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: info.lines, columns: record };
    }
  }
}

/** The text streams of a file: itself, or each file inside a zip. */
async function* openTextStreams(file: string): AsyncGenerator<Readable> {
  if (!/\.zip$/i.test(file)) {
    yield createReadStream(file);
    return;
  }
  const zip = await openZip(file);
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) return;
      if (!entry.fileName.endsWith('/')) yield await openEntry(zip, entry);
    }
  } finally {
    zip.close();
  }
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(new Error(`not a readable zip (${error.message})`)) : resolve(zip))),
  );
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanUp = () => zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
    const onEntry = (entry: yauzl.Entry) => (cleanUp(), resolve(entry));
    const onEnd = () => (cleanUp(), resolve(null));
    const onError = (error: Error) => (cleanUp(), reject(error));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
}
