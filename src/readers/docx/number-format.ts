/** Renders a list counter the way Word's w:numFmt values do. Unknown formats fall back to decimal. */

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
// Word's Russian list letters leave out ё, й, ъ, ы and ь.
const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';
const ARABIC_ALPHA = 'أبتثجحخدذرزسشصضطظعغفقكلمنهوي';
const ARABIC_ABJAD = 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ';
const CJK_DIGITS = '〇一二三四五六七八九';
const CJK_UNITS = ['', '十', '百', '千'];
const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** Beyond this many rounds of the alphabet (`aaaa…`), a letter counter is shown in digits. */
const LETTER_ROUNDS = 20;

/**
 * a..z, then aa..zz, as Word letters lists (not spreadsheet columns). A counter past twenty rounds
 * is written in digits: a list starting at two billion would otherwise make labels of 77 MB each.
 */
function letters(n: number, alphabet: string): string {
  const chars = [...alphabet];
  if (n > chars.length * LETTER_ROUNDS) return String(n);
  const letter = chars[(n - 1) % chars.length] ?? '';
  return letter.repeat(Math.floor((n - 1) / chars.length) + 1);
}

function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

function cjkCounting(n: number): string {
  const digits = [...String(n)].map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = CJK_UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    // 10 to 19 read 十, 十一 ... rather than 一十.
    out += (d === 1 && unit === '十' && out === '' ? '' : CJK_DIGITS[d]) + unit;
  });
  return out;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function formatNumber(n: number, format: string): string {
  if (n < 1 && format !== 'decimal' && format !== 'decimalZero') return String(n);
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, LATIN);
    case 'upperLetter':
      return letters(n, LATIN).toUpperCase();
    case 'lowerRoman':
      return n < 4000 ? roman(n) : String(n);
    case 'upperRoman':
      return n < 4000 ? roman(n).toUpperCase() : String(n);
    case 'russianLower':
      return letters(n, RUSSIAN);
    case 'russianUpper':
      return letters(n, RUSSIAN).toUpperCase();
    case 'arabicAlpha':
      return letters(n, ARABIC_ALPHA);
    case 'arabicAbjad':
      return letters(n, ARABIC_ABJAD);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return n < 10000 ? cjkCounting(n) : String(n);
    case 'ideographDigital':
      return [...String(n)].map((d) => CJK_DIGITS[Number(d)] ?? d).join('');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    case 'decimalEnclosedCircle':
      return n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'ordinal':
      return ordinal(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}
