/** A label a recipe learned, as the page reader matches labels: at the start of a text, whatever its spacing and case. */

const SEPARATOR_AT_END = /[\s:：\-–—|]+$/u;

export function withoutSeparator(text: string): string {
  return text.replace(SEPARATOR_AT_END, '').replace(/\s+/g, ' ').trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const patterns = new Map<string, RegExp>();
const MAX_CACHED = 500;

/** "Completion Date" matches "Completion date:", "COMPLETION DATE" and "Completion  Date 3 March", never "Completion Dates". */
export function labelPattern(label: string): RegExp {
  let pattern = patterns.get(label);
  if (!pattern) {
    const words = withoutSeparator(label).split(' ').map(escape).join('\\s+');
    pattern = new RegExp(`^${words}(?![\\p{L}\\p{N}])`, 'iu');
    if (patterns.size >= MAX_CACHED) patterns.clear();
    patterns.set(label, pattern);
  }
  return pattern;
}
