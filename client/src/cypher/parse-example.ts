/** Example queries are files in `cypher/examples/`: a `// title` first line, then the query. */

export interface CypherExample {
  id: string;
  title: string;
  query: string;
}

/** Reads one example file; without a title comment, the file name stands in. */
export function parseExample(path: string, source: string): CypherExample {
  const id = path.split('/').at(-1)?.replace(/\.cypher$/, '') ?? path;
  const [first = '', ...rest] = source.replace(/\r\n/g, '\n').split('\n');
  const titled = first.trimStart().startsWith('//');
  return {
    id,
    title: titled ? first.replace(/^\s*\/\/\s*/, '').trim() : id.replace(/^\d+-/, '').replace(/-/g, ' '),
    query: (titled ? rest.join('\n') : source).trim(),
  };
}

/** Parses a set of files (path → source), ordered by file name. */
export function parseExamples(files: Record<string, string>): CypherExample[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, source]) => parseExample(path, source));
}
