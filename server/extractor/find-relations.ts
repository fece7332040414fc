/** Stage 7: lasting ties between actors: titles (LEADS/REPRESENTS), "X-backed" and alliances (BACKS), conflicts (OPPOSES). */
import type { CandidateRelation, Mention, Segment, TitleTie } from './document-model.js';
import type { MergedEvent } from './merge-events.js';

const BACKED = /^[-‑](backed|supported)\b/i;
const SIDED = /\b(sided with|allied with|ally of|allies of|support for|backing|backer of|backers of|patron of)\s+(the\s+)?$/i;

function titleRelations(mentions: Mention[], ties: Map<string, TitleTie>, segments: Segment[]): CandidateRelation[] {
  const seen = new Set<string>();
  return mentions.flatMap((m) => {
    const tie = m.tie ?? ties.get(m.entity.id);
    if (!m.tie || !tie?.affiliation || seen.has(m.entity.id)) return [];
    seen.add(m.entity.id);
    const segment = segments[m.segment];
    const evidence = segment ? { start: segment.start, end: segment.end } : { start: m.start, end: m.end };
    return [{ source: m.entity.id, type: tie.relation, target: tie.affiliation.id, evidence }];
  });
}

function inSegment(mentions: Mention[], segment: number): Mention[] {
  return mentions.filter((m) => m.segment === segment && !m.bystander);
}

/** "Russian-backed offensive" by "Syrian regime troops": Russia BACKS the Syrian government. */
function backingRelations(text: string, mentions: Mention[], segments: Segment[]): CandidateRelation[] {
  return mentions.flatMap((m) => {
    const segment = segments[m.segment];
    if (!segment) return [];
    const evidence = { start: segment.start, end: segment.end };
    const others = inSegment(mentions, m.segment).filter((o) => o.entity.id !== m.entity.id && o.entity.kind !== 'person');
    if (BACKED.test(text.slice(m.end, m.end + 10))) {
      const backed = others.find((o) => o.start > m.end && o.start - m.end < 25) ?? others.filter((o) => o.end <= m.start).at(-1);
      return backed ? [{ source: m.entity.id, type: 'BACKS' as const, target: backed.entity.id, evidence }] : [];
    }
    if (SIDED.test(text.slice(Math.max(0, m.start - 25), m.start))) {
      const backers = others.filter((o) => o.end <= m.start);
      return backers.map((b) => ({ source: b.entity.id, type: 'BACKS' as const, target: m.entity.id, evidence }));
    }
    return [];
  });
}

/** Opposition and rebel groups oppose the government of their country; attackers oppose their targets. */
function oppositionRelations(mentions: Mention[], events: MergedEvent[], segments: Segment[]): CandidateRelation[] {
  const groups = mentions.filter((m) => /_(opposition|rebels)$/.test(m.entity.id));
  const states = new Map(mentions.filter((m) => m.entity.kind === 'state').map((m) => [m.entity.id, m]));
  const fromGroups = groups.flatMap((g) => {
    const state = [...states.values()].find((s) => g.entity.id.startsWith(s.entity.id.split('_')[0] ?? '') || g.entity.name.split(' ')[0] === s.entity.name.split(' ')[0]);
    const segment = segments[g.segment];
    return state && segment ? [{ source: g.entity.id, type: 'OPPOSES' as const, target: state.entity.id, evidence: { start: segment.start, end: segment.end } }] : [];
  });
  const fromAttacks = events
    .filter((e) => e.trigger.type === 'offensive')
    .flatMap((e) => {
      const sources = e.participants.filter((p) => p.role === 'source');
      const targets = e.participants.filter((p) => p.role === 'target');
      return sources.flatMap((s) => targets.map((t) => ({ source: s.id, type: 'OPPOSES' as const, target: t.id, evidence: e.evidence[0]! })));
    });
  return [...fromGroups, ...fromAttacks];
}

/** Relations stated or plainly implied, one per (source, type, target). */
export function findRelations(text: string, mentions: Mention[], ties: Map<string, TitleTie>, segments: Segment[], events: MergedEvent[]): CandidateRelation[] {
  const all = [...titleRelations(mentions, ties, segments), ...backingRelations(text, mentions, segments), ...oppositionRelations(mentions, events, segments)];
  const unique = new Map<string, CandidateRelation>();
  for (const r of all) if (r.source !== r.target) unique.set(`${r.source}|${r.type}|${r.target}`, unique.get(`${r.source}|${r.type}|${r.target}`) ?? r);
  return [...unique.values()];
}
