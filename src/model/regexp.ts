/** Text to match literally inside a regular expression built from data (labels, headings). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
