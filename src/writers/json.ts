/** JSON output: two-space indent and a final newline, keys in the order the model declares them. */
export function writeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
