import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../../../server/extractor/mentions/build-alias-table.js';
import { lexicons } from '../../../../server/extractor/lexicons/load-lexicons.js';

const table = buildAliasTable(lexicons);
const entry = (surface: string) => table.find((e) => e.surface === surface);

describe('buildAliasTable', () => {
  it('forms the plural of a demonym ending in -i, as of any other', () => {
    expect(entry('Iraqis')?.entity.id).toBe('iraq');
    expect(entry('Pakistanis')?.entity.id).toBe('pakistan');
  });

  it('adds the demonyms the lexicon lists beside the package ones, as demonyms', () => {
    expect(entry('Kazakh')).toMatchObject({ demonym: true, entity: { id: 'kazakhstan' } });
    expect(entry('Kazakhstani')).toMatchObject({ demonym: true, entity: { id: 'kazakhstan' } });
  });

  it('leaves demonyms in -ese without a plural', () => {
    expect(entry('Chineses')).toBeUndefined();
  });

  it('treats an extra spelling of a capital as place-like, like the package capital', () => {
    expect(entry('Washington')).toMatchObject({ place: true, entity: { id: 'united_states' } });
    expect(entry('Kyiv')).toMatchObject({ place: true, entity: { id: 'ukraine' } });
  });

  it('lets an organisation claim a form before any state does', () => {
    expect(entry('Brussels')?.entity.id).toBe('eu');
  });
});
