/** Where a Neo4j error points: its messages end with "(line L, column C (offset: O))". */

export interface ErrorPosition {
  line: number;
  column: number;
  /** Characters from the start of the query. */
  offset: number;
}

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** The position a message names, or null when it names none. */
export function readErrorPosition(message: string): ErrorPosition | null {
  const match = POSITION.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) } : null;
}
