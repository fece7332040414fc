/** Cuts a long text into chunks of at most `maxChars` on paragraph boundaries (a line break), so no request is refused for length. */
export interface TextChunk {
  start: number;
  text: string;
}

export function splitForAnnotation(text: string, maxChars: number): TextChunk[] {
  const chunks: TextChunk[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const window = text.slice(start, start + maxChars);
    // The last paragraph break in the window; a text without one is cut at the last space, then anywhere.
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > 0) ?? maxChars - 1;
    chunks.push({ start, text: text.slice(start, start + cut + 1) });
    start += cut + 1;
  }
  if (start < text.length || chunks.length === 0) chunks.push({ start, text: text.slice(start) });
  return chunks;
}
