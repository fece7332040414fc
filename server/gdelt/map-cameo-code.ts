/** A CAMEO event code as our event type and statement subtype: the longest listed prefix of the code, else its root. */
import type { CameoMeaning, GdeltCodebook } from './load-gdelt-codebook.js';

export function mapCameoCode(eventCode: string, rootCode: string, codebook: GdeltCodebook): CameoMeaning {
  for (let length = eventCode.length; length > 2; length -= 1) {
    const meaning = codebook.cameo.codes[eventCode.slice(0, length)];
    if (meaning) return meaning;
  }
  const root = codebook.cameo.roots[rootCode];
  // The codebook's schema requires all twenty roots, and the row parser admits no other.
  if (!root) throw new Error(`mapCameoCode: no entry for CAMEO root "${rootCode}"`);
  return root;
}
