/**
 * A string as a string of its own. V8 cuts a piece out of a string, and joins strings, without
 * copying: the piece or the join keeps every string it came from alive. What is kept for long (a
 * paragraph of the tree, the outline of a page written document by document) is copied first, or
 * it would hold a whole file. Appending a space and trimming it makes the copy.
 */
export function detached(text: string): string {
  return `${text} `.trimEnd();
}
