import { describe, expect, it } from 'vitest';
import { formatCell } from '../../../../client/src/cypher/format-cell.js';

describe('formatCell', () => {
  it('shows nodes, relationships and paths the way Cypher writes them', () => {
    expect(formatCell({ elementId: '4:1', labels: ['Actor'], name: 'Russia' })).toBe('(:Actor Russia)');
    expect(formatCell({ elementId: '5:1', type: 'BACKS', startElementId: '4:1', endElementId: '4:2' })).toBe('[:BACKS]');
    const russia = { elementId: '4:1', labels: ['Actor'], name: 'Russia' };
    const syria = { elementId: '4:2', labels: ['Actor'], name: 'Syrian government' };
    const backs = { elementId: '5:1', type: 'BACKS' };
    expect(formatCell({ start: russia, end: syria, segments: [{ start: russia, relationship: backs, end: syria }] })).toBe(
      '(Russia)-[:BACKS]->(Syrian government)',
    );
  });

  it('shows missing values as a dash and lists inline', () => {
    expect(formatCell(null)).toBe('—');
    expect(formatCell(['Iran', 'Russia'])).toBe('[Iran, Russia]');
  });

  it('cuts very long values', () => {
    expect(formatCell('x'.repeat(1000)).length).toBe(300);
  });
});
