/**
 * Titles and revision tags in capitals. What follows the year of a tag keeps its own case
 * (`РЕЗОЛЮЦИЯ 179 (ПЕРЕСМ. ПУСАН, 2014 г.)`), so capitals are judged on what comes before it.
 */

/** A text cut after its last four-digit year: the part whose case counts, and the rest. */
function splitAtYear(text: string): [string, string] {
  const years = [...text.matchAll(/\p{N}{4}/gu)];
  const last = years.at(-1);
  const at = last ? last.index + last[0].length : text.length;
  return [text.slice(0, at), text.slice(at)];
}

/** Is a title written in capitals, as the Final Acts write it? (Scripts without case always are.) */
export function inCapitals(text: string): boolean {
  const [head] = splitAtYear(text);
  return head === head.toLocaleUpperCase();
}

/** A revision tag written as another text writes it: in capitals (up to its year) when that one is. */
export function capitalsLike(tag: string, like: string | null): string {
  if (like === null || !inCapitals(like)) return tag;
  const [head, rest] = splitAtYear(tag);
  return `${head.toLocaleUpperCase()}${rest}`;
}

/** A title or revision tag as running text writes it: `RESOLUTION 179 (REV. BUSAN, 2014)` is `Resolution 179 (Rev. Busan, 2014)`. */
export function runningTitle(title: string): string {
  if (!inCapitals(title) || title === title.toLocaleLowerCase()) return title;
  return title.replace(/\p{L}+/gu, (word) => `${word.slice(0, 1)}${word.slice(1).toLocaleLowerCase()}`);
}
