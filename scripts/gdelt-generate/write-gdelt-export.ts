/** Writes generated lines as a GDELT export: plain, or zipped (one CSV inside) when the name ends in .zip. */
import { createWriteStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

// Lines per chunk handed to the stream: one string per line would spend the time in stream bookkeeping.
const LINES_PER_CHUNK = 1_000;

/** Streams `lines` (each without its newline) to `file`; resolves when the file is complete. */
export async function writeGdeltExport(lines: Iterable<string>, file: string): Promise<void> {
  const text = Readable.from(chunkLines(lines));
  if (!/\.zip$/i.test(file)) return pipeline(text, createWriteStream(file));
  const zip = new yazl.ZipFile();
  zip.addReadStream(text, basename(file).replace(/\.zip$/i, ''));
  zip.end();
  return pipeline(zip.outputStream, createWriteStream(file));
}

function* chunkLines(lines: Iterable<string>): Generator<string> {
  let chunk: string[] = [];
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length === LINES_PER_CHUNK) {
      yield `${chunk.join('\n')}\n`;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
}
