/** The intermediate shapes the pipeline's stages hand to each other. */
import type { ActorKind, EventDate, EventStatus, EventType, RelationType, Role, StatementSubtype } from '../contract/extraction.js';

/** headline: the first title line; caption: photo caption; noise: read-time, dateline, repeats; body: the rest. */
export type SegmentKind = 'headline' | 'body' | 'caption' | 'noise';

/** A sentence of the article text as read (hard wraps joined, see joinWrappedLines): `text === joinWrappedLines(article.text).slice(start, end)`. */
export interface Segment {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: SegmentKind;
}

/** A real-world entity an actor mention points at. */
export interface EntityRef {
  id: string;
  name: string;
  kind: ActorKind;
}

/** A title tying a person to a state or organisation ("Russian Foreign Minister"). */
export interface TitleTie {
  relation: Extract<RelationType, 'LEADS' | 'REPRESENTS'>;
  affiliation: EntityRef | null;
  title: string;
}

/** One surface form of an actor in the text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  segment: number;
  entity: EntityRef;
  tie?: TitleTie;
  /** An alias worth listing (false for pronouns and the like). */
  alias: boolean;
  /** Named but not acting: part of a longer mention ("Assad" in "Assad's government"), a title's qualifier, or a place ("in Syria"). */
  bystander?: boolean;
  /** Only where something happens ("in Syria"): no actor unless named as one elsewhere. */
  setting?: boolean;
}

/** A word or phrase that signals an event. */
export interface Trigger {
  start: number;
  end: number;
  text: string;
  segment: number;
  type: EventType;
  subtype: StatementSubtype | null;
  /** noun: names the event ("the offensive"); verb: reports it ("attacked"). */
  form: 'noun' | 'verb';
}

export interface CandidateParticipant {
  id: string;
  role: Role;
  kind: ActorKind;
}

/** An event as one sentence states it, before same-event mentions are merged. */
export interface CandidateEvent {
  trigger: Trigger;
  status: EventStatus;
  date: EventDate;
  participants: CandidateParticipant[];
  place: string | null;
  evidence: { start: number; end: number };
}

export interface CandidateRelation {
  source: string;
  type: RelationType;
  target: string;
  evidence: { start: number; end: number };
}
