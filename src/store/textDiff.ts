/** The single smallest replacement that turns one text into another (common prefix and suffix kept). */
export interface TextReplacement {
  offset: number;
  length: number;
  text: string;
}

export function diffText(before: string, after: string): TextReplacement | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { offset: start, length: endB - start, text: after.slice(start, endA) };
}
