// Evidence offsets count Unicode code points (runes) in a document's
// normalised text, so text is indexed as Array.from(text), never by UTF-16
// units. A paragraph is the text between the blank lines ("\n\n") around a quote.

export interface Paragraph {
  before: string;
  quote: string;
  after: string;
  /** Whether the quote was found at its offsets, or by searching the text for it. */
  located: 'offsets' | 'search';
}

/** The paragraph of text (as code points) that holds [start, end), split around the quote. */
export function paragraphAt(chars: readonly string[], start: number, end: number): Paragraph | null {
  if (!(start >= 0 && end >= start && end <= chars.length)) return null;
  let from = start;
  while (from > 0 && !(chars[from - 1] === '\n' && chars[from - 2] === '\n')) from--;
  let to = end;
  while (to < chars.length && !(chars[to] === '\n' && chars[to + 1] === '\n')) to++;
  return {
    before: chars.slice(from, start).join('').trimStart(),
    quote: chars.slice(start, end).join(''),
    after: chars.slice(end, to).join('').trimEnd(),
    located: 'offsets',
  };
}

/**
 * The paragraph around a quote: at its offsets when the text there is the
 * quote, else where the quote first stands in the text (offsets of an older
 * version of the letter), else null.
 */
export function findParagraph(chars: readonly string[], text: string, quote: string, start: number, end: number): Paragraph | null {
  const p = paragraphAt(chars, start, end);
  if (p && p.quote === quote) return p;
  const at = text.indexOf(quote);
  if (at < 0 || quote === '') return null;
  const s = Array.from(text.slice(0, at)).length;
  const found = paragraphAt(chars, s, s + Array.from(quote).length);
  return found && { ...found, located: 'search' };
}
