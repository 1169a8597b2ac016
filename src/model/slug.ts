/** A lower-case id from a heading: letters and digits of any script, joined by hyphens. */
export function slug(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
