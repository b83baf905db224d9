// Dates as reports and articles write them, to ISO YYYY-MM-DD. A date given only as a month
// is not a date (null); a day and month without a year take the year supplied by the caller.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
export const DAY = '(?<!\\d)(?:[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '(?:19|20)\\d\\d';

const pad = (n: number): string => String(n).padStart(2, '0');

export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().slice(0, 3);
  const i = MONTHS.findIndex((m) => m.startsWith(key));
  return i < 0 ? null : i + 1;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const dayNum = (s: string): number => Number.parseInt(s, 10);

/** One date: "4 March 2021", "4th March 2021", "March 4, 2021", "06/09/22", "2021-03-04". */
export function parseDate(text: string, fallbackYear?: number): string | null {
  const t = text.trim();
  let m = new RegExp(`^(${DAY})\\s+(${MONTH})\\.?,?\\s*(${YEAR})?$`, 'i').exec(t);
  if (m) {
    const year = m[3] ? Number(m[3]) : fallbackYear;
    const month = monthNumber(m[2] as string);
    return year && month ? isoDate(year, month, dayNum(m[1] as string)) : null;
  }
  m = new RegExp(`^(${MONTH})\\.?\\s+(${DAY}),?\\s*(${YEAR})?$`, 'i').exec(t);
  if (m) {
    const year = m[3] ? Number(m[3]) : fallbackYear;
    const month = monthNumber(m[1] as string);
    return year && month ? isoDate(year, month, dayNum(m[2] as string)) : null;
  }
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const y = Number(m[3]);
    return isoDate(y < 100 ? 2000 + y : y, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** A date written anywhere in running text (the first one), with where it stands. */
export const DATE_IN_TEXT = new RegExp(
  `\\b(?:${DAY}\\s+${MONTH}\\.?,?\\s+${YEAR}|${MONTH}\\.?\\s+${DAY},?\\s+${YEAR}|\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2}))\\b`,
  'i',
);

export function findDate(text: string, fallbackYear?: number): { iso: string; index: number; length: number } | null {
  const re = new RegExp(DATE_IN_TEXT.source, 'gi');
  for (const m of text.matchAll(re)) {
    const iso = parseDate(m[0].replace(/,/g, ' ').replace(/\s+/g, ' '), fallbackYear);
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return null;
}

const SEP = '\\s*(?:-|–|—|to|until|and|&)\\s*';

/**
 * A range of dates: "17 September to 28 September 2018", "8 – 12 July 2013", "23 and 24
 * November 2010", "27 March 2023 to 31 March 2023", "18 November – 10 December 2014",
 * "Between 24 February and 28 February 2020", or a single date.
 */
export function parseDateRange(text: string, fallbackYear?: number): { start: string; end: string } | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const full = `(${DAY})\\s+(${MONTH})\\.?(?:\\s+(${YEAR}))?`;
  // "5, 6 and 7 March 2024": the days between the first and the last are passed over.
  let m = new RegExp(`(${DAY})(?:\\s*,\\s*${DAY})*${SEP}(${DAY})\\s+(${MONTH})\\.?,?\\s+(${YEAR})`, 'i').exec(t);
  if (m) {
    const month = monthNumber(m[3] as string);
    const year = Number(m[4]);
    const start = month ? isoDate(year, month, dayNum(m[1] as string)) : null;
    const end = month ? isoDate(year, month, dayNum(m[2] as string)) : null;
    if (start && end) return { start, end };
  }
  m = new RegExp(`${full}${SEP}${full}`, 'i').exec(t);
  if (m) {
    const endYear = m[6] ? Number(m[6]) : m[3] ? Number(m[3]) : fallbackYear;
    const endMonth = monthNumber(m[5] as string);
    const startMonth = monthNumber(m[2] as string);
    if (endYear && endMonth && startMonth) {
      const startYear = m[3] ? Number(m[3]) : startMonth > endMonth ? endYear - 1 : endYear;
      const start = isoDate(startYear, startMonth, dayNum(m[1] as string));
      const end = isoDate(endYear, endMonth, dayNum(m[4] as string));
      if (start && end) return { start, end };
    }
  }
  const one = findDate(t, fallbackYear);
  if (one) return { start: one.iso, end: one.iso };
  m = new RegExp(`\\b(?:on\\s+)?(${MONTH})\\.?\\s+(${DAY})\\b|\\b(${DAY})\\s+(${MONTH})\\b`, 'i').exec(t);
  if (m && fallbackYear) {
    const iso = m[1] ? parseDate(`${m[1]} ${m[2]}`, fallbackYear) : parseDate(`${m[3]} ${m[4]}`, fallbackYear);
    if (iso) return { start: iso, end: iso };
  }
  return null;
}
