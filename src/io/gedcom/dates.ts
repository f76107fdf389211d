/**
 * GEDCOM dates ↔ the model's partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 * Only exact Gregorian dates become partial dates; everything else (ABT, BEF, ranges, other
 * calendars, B.C., dual years, phrases) stays as the file's text in `extensions`.
 * Calendar escapes are kept in one form inside the document (the 7.0 keywords) so a 5.5.1
 * file and its 7.0 export import to the same document; the 5.5.1 writer turns them back.
 */

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const EXACT = /^(?:GREGORIAN[ \t]+)?(?:(\d{1,2})[ \t]+)?(?:([A-Za-z]{3})[ \t]+)?(\d{1,4})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2 MAR 1950` → `1950-03-02`; undefined when the date is not an exact Gregorian date. */
export function toPartialDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = EXACT.exec(value.trim());
  if (!m) return undefined;
  const [, dayText, monthText, yearText] = m;
  const year = Number(yearText);
  if (year < 1) return undefined;
  const yyyy = String(year).padStart(4, '0');
  if (!monthText) return dayText ? undefined : yyyy;
  const month = MONTHS.indexOf(monthText.toUpperCase()) + 1;
  if (month === 0) return undefined;
  const mm = String(month).padStart(2, '0');
  if (!dayText) return `${yyyy}-${mm}`;
  const day = Number(dayText);
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return `${yyyy}-${mm}-${String(day).padStart(2, '0')}`;
}

/** `1950-03-02` → `2 MAR 1950`; undefined for text that is not a partial date. */
export function fromPartialDate(date: string | undefined): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? '');
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = String(Number(y));
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !month) return undefined;
  if (!month) return year;
  return d ? `${Number(d)} ${month} ${year}` : `${month} ${year}`;
}

const CALENDAR_ESCAPES: Array<[escape: string, keyword: string]> = [
  ['@#DGREGORIAN@', 'GREGORIAN'],
  ['@#DJULIAN@', 'JULIAN'],
  ['@#DHEBREW@', 'HEBREW'],
  ['@#DFRENCH R@', 'FRENCH_R'],
];

/** A 5.x DATE payload in the 7.0 form: calendar escapes to keywords, `B.C.` to `BCE`. */
export function dateTo70(value: string): string {
  if (!value.includes('@') && !/B\.?C/i.test(value)) return value;
  let out = value;
  for (const [escape, keyword] of CALENDAR_ESCAPES) out = out.split(escape).join(keyword);
  return out.replace(/(\d)[ \t]*B\.?C\.?(?=$|[ \t])/gi, '$1 BCE');
}

/** A 7.0 DATE payload in the 5.5.1 form (the reverse of {@link dateTo70}). */
export function dateTo551(value: string): string {
  let out = value.replace(/(\d) BCE(?=$|[ \t])/g, '$1 B.C.');
  for (const [escape, keyword] of CALENDAR_ESCAPES) out = out.replace(new RegExp(`(^|[ \\t])${keyword}(?=[ \\t])`, 'g'), `$1${escape}`);
  return out;
}
