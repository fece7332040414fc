/**
 * Autocompletion for the console from the graph's own vocabulary: labels after `:` in a node
 * pattern, relationship types after `:` (or `|`) in a relationship pattern, property keys after
 * `variable.` or inside a `{…}` map.
 */
import type { CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import type { CypherVocabulary } from '../../../server/contract/api.js';

/** A completion source reading the vocabulary known so far (null until it has loaded). */
export function createCypherCompletion(vocabulary: () => CypherVocabulary | null): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const names = vocabulary();
    if (!names) return null;
    const before = context.state.sliceDoc(0, context.pos);
    const word = context.matchBefore(/\w*$/)!;
    const head = before.slice(0, word.from);
    const mark = head.trimEnd().at(-1);
    const { bracket, quoted } = readContext(head);
    if (quoted) return null;
    let options: { label: string; type: string }[] | null = null;
    if ((mark === ':' || (mark === '|' && bracket === '[')) && bracket !== '{') {
      options = bracket === '[' ? names.relationshipTypes.map((label) => ({ label, type: 'type' })) : names.labels.map((label) => ({ label, type: 'class' }));
    } else if (/(?:^|\W)[A-Za-z_]\w*\.$/.test(head) || (bracket === '{' && (mark === '{' || mark === ','))) {
      options = names.propertyKeys.map((label) => ({ label, type: 'property' }));
    }
    if (!options) return null;
    return { from: word.from, options, validFor: /^\w*$/ };
  };
}

/** The innermost bracket still open before the cursor (strings and quoted names skipped), and whether the cursor is in a string. */
function readContext(text: string): { bracket: '(' | '[' | '{' | null; quoted: boolean } {
  const open: string[] = [];
  let quote: string | null = null;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(' || char === '[' || char === '{') open.push(char);
    else if (char === ')' || char === ']' || char === '}') open.pop();
  }
  return { bracket: (open.at(-1) as '(' | '[' | '{' | undefined) ?? null, quoted: quote !== null };
}
