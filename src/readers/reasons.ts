/** `--reasons FILE`: lines `<reference>: <reasons>`; `*: <reasons>` for every other change. */
import { InputError } from '../model/errors.js';
import { decodeText } from './decode.js';
import type { Input } from './input.js';

export function readReasons(input: Input): Map<string, string> {
  const map = new Map<string, string>();
  decodeText(input.bytes, input.file).split('\n').forEach((line, k) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const m = /^(.+?):\s+(.*)$/u.exec(line.trim());
    if (!m) throw new InputError('expected "<reference>: <reasons>"', input.file, k + 1, 'e.g. "considering a): The figures are out of date."');
    map.set((m[1] ?? '').trim(), (m[2] ?? '').trim());
  });
  return map;
}
