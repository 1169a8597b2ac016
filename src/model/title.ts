/** A title as running text writes it: `RESOLUTION 179 (REV. BUSAN, 2014)` is `Resolution 179 (Rev. Busan, 2014)`. */
export function runningTitle(title: string): string {
  if (title !== title.toLocaleUpperCase()) return title;
  return title.replace(/\p{L}+/gu, (word) => `${word.slice(0, 1)}${word.slice(1).toLocaleLowerCase()}`);
}
