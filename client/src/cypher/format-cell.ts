/**
 * One result cell as text. Values arrive as the server's plain JSON: nodes carry `elementId` and
 * `labels`, relationships `elementId` and `type`, paths `segments`.
 */

const MAX_CELL = 300;

/** A short, readable rendering of any result value. */
export function formatCell(value: unknown): string {
  const text = describe(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.segments)) return describePath(record.segments as Record<string, unknown>[]);
  if ('elementId' in record && Array.isArray(record.labels)) return `(:${record.labels.join(':')} ${nameOf(record)})`;
  if ('elementId' in record && typeof record.type === 'string') return `[:${record.type}]`;
  return JSON.stringify(value);
}

/** `(Russia)-[:BACKS]->(Syrian government)`, one step per segment. */
function describePath(segments: Record<string, unknown>[]): string {
  if (segments.length === 0) return '(empty path)';
  const node = (value: unknown) => `(${nameOf((value ?? {}) as Record<string, unknown>)})`;
  const steps = segments.map((segment) => `-[:${String((segment.relationship as Record<string, unknown> | undefined)?.type ?? '?')}]->${node(segment.end)}`);
  return node(segments[0]?.start) + steps.join('');
}

function nameOf(node: Record<string, unknown>): string {
  const name = node.name ?? node.title ?? node.summary ?? node.id;
  return typeof name === 'string' ? name : '';
}
