import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlainJson } from '../../../server/graph/to-plain-json.js';

const { Node, Relationship, Path, PathSegment, Date: CypherDate, DateTime, Duration, Point } = neo4j.types;

const russia = new Node(neo4j.int(1), ['Actor'], { id: 'russia', aliases: ['Moscow'] }, 'node-1');
const syria = new Node(neo4j.int(2), ['Actor'], { id: 'syria' }, 'node-2');
const backs = new Relationship(neo4j.int(3), neo4j.int(1), neo4j.int(2), 'BACKS', { starts: [neo4j.int(5)] }, 'rel-3', 'node-1', 'node-2');

describe('toPlainJson', () => {
  it('turns temporal values into ISO 8601 strings', () => {
    expect(toPlainJson(new CypherDate(2016, 2, 6))).toBe('2016-02-06');
    expect(toPlainJson(new DateTime(2016, 2, 6, 10, 30, 0, 0, 0))).toBe('2016-02-06T10:30:00Z');
    expect(toPlainJson(new Duration(0, 3, 0, 0))).toBe('P3D');
    expect(toPlainJson(new Duration(14, 0, 90, 500_000_000))).toBe('P14MT90.5S');
    expect(toPlainJson(new Duration(0, 0, 0, 0))).toBe('PT0S');
  });

  it('turns driver integers into numbers, inside lists and maps too', () => {
    expect(toPlainJson({ n: neo4j.int(42), list: [neo4j.int(-1), 2.5] })).toEqual({ n: 42, list: [-1, 2.5] });
  });

  it('gives a node its properties, labels and element id', () => {
    expect(toPlainJson(russia)).toEqual({ id: 'russia', aliases: ['Moscow'], labels: ['Actor'], elementId: 'node-1' });
  });

  it('gives a relationship its properties, type and the element ids of both ends', () => {
    expect(toPlainJson(backs)).toEqual({ starts: [5], type: 'BACKS', elementId: 'rel-3', startElementId: 'node-1', endElementId: 'node-2' });
  });

  it('keeps the identifying keys when a property has the same name', () => {
    const odd = new Node(neo4j.int(9), ['Thing'], { labels: 'mine', elementId: 'mine' }, 'node-9');
    expect(toPlainJson(odd)).toEqual({ labels: ['Thing'], elementId: 'node-9' });
  });

  it('gives a path its start, end and segments', () => {
    const path = new Path(russia, syria, [new PathSegment(russia, backs, syria)]);
    expect(toPlainJson(path)).toEqual({
      start: toPlainJson(russia),
      end: toPlainJson(syria),
      segments: [{ start: toPlainJson(russia), relationship: toPlainJson(backs), end: toPlainJson(syria) }],
    });
  });

  it('turns a point into its coordinates and reference system', () => {
    expect(toPlainJson(new Point(4326, 16.37, 48.2))).toEqual({ srid: 4326, x: 16.37, y: 48.2 });
  });

  it('passes plain values through and makes undefined null', () => {
    expect(toPlainJson(['a', true, null, undefined])).toEqual(['a', true, null, null]);
  });
});
