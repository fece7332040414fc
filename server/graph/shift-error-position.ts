/**
 * Neo4j's errors end with the position they point at, "(line L, column C (offset: O))". When the
 * server put text before the user's query (`EXPLAIN `), that position is the prefixed query's:
 * this moves it back onto the user's own text.
 */

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** The message with its position moved back by a prefix of `prefixLength` characters on the first line. */
export function shiftErrorPosition(message: string, prefixLength: number): string {
  return message.replace(POSITION, (_match, line: string, column: string, offset: string) => {
    const onFirstLine = Number(line) === 1;
    const shiftedColumn = onFirstLine ? Math.max(1, Number(column) - prefixLength) : Number(column);
    return `(line ${line}, column ${shiftedColumn} (offset: ${Math.max(0, Number(offset) - prefixLength)}))`;
  });
}
