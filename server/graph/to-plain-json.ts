/**
 * Driver values to plain JSON, so no driver type leaks past the graph layer: temporal values
 * become ISO 8601 strings, integers numbers, nodes `{ elementId, labels, ...properties }`,
 * relationships `{ elementId, type, startElementId, endElementId, ...properties }` (drawable as
 * they come), paths `{ start, end, segments: [{ start, relationship, end }] }`.
 */
import neo4j, { type Node, type Path, type Relationship, type UnboundRelationship } from 'neo4j-driver';

export type PlainJson = null | boolean | number | string | PlainJson[] | { [key: string]: PlainJson };

/** The plain-JSON form of any value a record holds. */
export function toPlainJson(value: unknown): PlainJson {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDuration(value)) return formatDuration(value);
  if (isTemporal(value)) return value.toString();
  if (neo4j.isPoint(value)) return toPlainPoint(value);
  if (neo4j.isNode(value)) return toPlainNode(value);
  if (neo4j.isRelationship(value) || neo4j.isUnboundRelationship(value)) return toPlainRelationship(value);
  if (neo4j.isPath(value)) return toPlainPath(value);
  if (typeof value === 'object') return mapValues(value as Record<string, unknown>);
  return String(value);
}

function isTemporal(value: object): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value)
  );
}

// The driver's own Duration.toString can end in a bare "T" ("P3DT"), which is not ISO 8601.
function formatDuration(duration: { months: unknown; days: unknown; seconds: unknown; nanoseconds: unknown }): string {
  const [months, days, seconds, nanoseconds] = [duration.months, duration.days, duration.seconds, duration.nanoseconds].map(
    (part) => toPlainJson(part) as number,
  ) as [number, number, number, number];
  const time = seconds !== 0 || nanoseconds !== 0 ? `T${seconds + nanoseconds / 1e9}S` : '';
  const date = `${months ? `${months}M` : ''}${days ? `${days}D` : ''}`;
  return date || time ? `P${date}${time}` : 'PT0S';
}

function mapValues(object: Record<string, unknown>): { [key: string]: PlainJson } {
  return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, toPlainJson(inner)]));
}

function toPlainPoint(point: { srid: unknown; x: number; y: number; z?: number }): PlainJson {
  const plain: { [key: string]: PlainJson } = { srid: toPlainJson(point.srid), x: point.x, y: point.y };
  if (point.z !== undefined) plain.z = point.z;
  return plain;
}

// The identifying keys come last so a property of the same name cannot hide them.
function toPlainNode(node: Node): { [key: string]: PlainJson } {
  return { ...mapValues(node.properties), elementId: node.elementId, labels: [...node.labels] };
}

function toPlainRelationship(relationship: Relationship | UnboundRelationship): { [key: string]: PlainJson } {
  const plain = { ...mapValues(relationship.properties), elementId: relationship.elementId, type: relationship.type };
  if (!('startNodeElementId' in relationship)) return plain;
  return { ...plain, startElementId: relationship.startNodeElementId, endElementId: relationship.endNodeElementId };
}

function toPlainPath(path: Path): PlainJson {
  return {
    start: toPlainNode(path.start),
    end: toPlainNode(path.end),
    segments: path.segments.map((segment) => ({
      start: toPlainNode(segment.start),
      relationship: toPlainRelationship(segment.relationship),
      end: toPlainNode(segment.end),
    })),
  };
}
