import { describe, expect, it } from 'vitest';
import { readErrorPosition } from '../../../../client/src/cypher/read-error-position.js';

describe('readErrorPosition', () => {
  it("reads the line, column and offset Neo4j's message ends with", () => {
    expect(readErrorPosition("Invalid input 'RETRN': expected 'MATCH' (line 2, column 1 (offset: 16))")).toEqual({ line: 2, column: 1, offset: 16 });
  });

  it('is null for a message without a position', () => {
    expect(readErrorPosition('The console only reads.')).toBeNull();
  });
});
