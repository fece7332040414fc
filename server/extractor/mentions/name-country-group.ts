/** The canonical actor of a country's rebels or opposition ("Syrian rebels"), shared by the extractor and the GDELT import. */
import type { EntityRef } from '../document-model.js';
import { toActorId } from './to-actor-id.js';

/** Rebels (armed_group) when the group is armed, else the opposition (organization); gangs are named as such (armed), for they fight for turf, not the state. */
export function nameCountryGroup(demonym: string, armed: boolean, gangs = false): EntityRef {
  const name = `${demonym} ${gangs ? 'gangs' : armed ? 'rebels' : 'opposition'}`;
  return { id: toActorId(name), name, kind: armed || gangs ? 'armed_group' : 'organization' };
}
