/** `--roots 01-08,16-20` → the CAMEO root codes it names ("01" … "20"); anything else is an error saying what is wrong. */
export function parseRootRanges(spec: string): Set<string> {
  const roots = new Set<string>();
  for (const part of spec.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(part);
    const [from, to] = match ? [Number(match[1]), Number(match[2] ?? match[1])] : [Number.NaN, Number.NaN];
    if (!(from >= 1 && to <= 20 && from <= to)) throw new Error(`--roots: "${part}" is not a CAMEO root (01–20) or a range of them (01-08)`);
    for (let root = from; root <= to; root += 1) roots.add(String(root).padStart(2, '0'));
  }
  if (roots.size === 0) throw new Error('--roots names no CAMEO root');
  return roots;
}

/** `--countries SYR,rus` → upper-case CAMEO country codes (three letters each). */
export function parseCountryCodes(spec: string): Set<string> {
  const codes = spec.split(',').map((code) => code.trim().toUpperCase()).filter((code) => code !== '');
  const bad = codes.find((code) => !/^[A-Z]{3}$/.test(code));
  if (bad !== undefined) throw new Error(`--countries: "${bad}" is not a three-letter CAMEO country code (SYR, RUS, USA…)`);
  if (codes.length === 0) throw new Error('--countries names no country');
  return new Set(codes);
}
