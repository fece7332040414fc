import { describe, expect, it } from 'vitest';
import { shiftErrorPosition } from '../../../server/graph/shift-error-position.js';

describe('shiftErrorPosition', () => {
  it('moves a first-line position back by the prefix, column and offset', () => {
    expect(shiftErrorPosition("Invalid input 'RETRN' (line 1, column 25 (offset: 24))", 8)).toBe("Invalid input 'RETRN' (line 1, column 17 (offset: 16))");
  });

  it('keeps the column of a later line and moves only the offset', () => {
    expect(shiftErrorPosition('Bad (line 3, column 4 (offset: 40))', 8)).toBe('Bad (line 3, column 4 (offset: 32))');
  });

  it('leaves a message without a position as it is', () => {
    expect(shiftErrorPosition('Variable `x` not defined', 8)).toBe('Variable `x` not defined');
  });
});
