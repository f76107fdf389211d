/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as day ranges, so that "2019" and "2019-08"
 * can be compared: one date is only "before" another when every day it may mean is.
 */
const FORMAT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** First and last day a partial date may mean, as comparable numbers (yyyymmdd). */
export interface DayRange {
  first: number;
  last: number;
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type DateCheck = { ok: true; range: DayRange } | { ok: false; reason: 'format' | 'impossible' };

/** Parses a partial date; `format` for the wrong shape, `impossible` for 2023-02-30 or month 13. */
export function parsePartialDate(text: string): DateCheck {
  const m = FORMAT.exec(text);
  if (!m) return { ok: false, reason: 'format' };
  const year = Number(m[1]);
  if (year === 0) return { ok: false, reason: 'impossible' };
  if (m[2] === undefined) return { ok: true, range: { first: year * 10000 + 101, last: year * 10000 + 1231 } };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, reason: 'impossible' };
  const base = year * 10000 + month * 100;
  const dim = daysInMonth(year, month);
  if (m[3] === undefined) return { ok: true, range: { first: base + 1, last: base + dim } };
  const day = Number(m[3]);
  if (day < 1 || day > dim) return { ok: false, reason: 'impossible' };
  return { ok: true, range: { first: base + day, last: base + day } };
}

/** True when `later` surely lies before `earlier` (no day of it can be on or after any day of `earlier`). */
export function surelyBefore(later: DayRange, earlier: DayRange): boolean {
  return later.last < earlier.first;
}
