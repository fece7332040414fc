/** The canonical actor of a country's rebels or opposition ("Syrian rebels"), shared by the extractor and the GDELT import. */
import type { EntityRef } from '../document-model.js';
import { toActorId } from './to-actor-id.js';

/** Rebels (armed_group) when the group is armed, else the opposition (organization). */
export function nameCountryGroup(demonym: string, armed: boolean): EntityRef {
  const name = `${demonym} ${armed ? 'rebels' : 'opposition'}`;
  return { id: toActorId(name), name, kind: armed ? 'armed_group' : 'organization' };
}
