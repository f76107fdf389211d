/**
 * Review dates and core-team meetings of the plan as an iCalendar file (RFC 5545), so each
 * participant can put them in their own agenda. All-day events (`VALUE=DATE`), CRLF line
 * ends, lines folded at 75 octets without splitting a UTF-8 character, text escaped, stable
 * UIDs (exporting again updates the events instead of doubling them). Pure, no DOM.
 */
import type { CareNetwork, Id, PartialDate } from '../model/types.js';
import { isFullDate } from '../model/plan-figures.js';

export interface CalendarEvent {
  /** Stable and globally unique. */
  uid: string;
  /** All-day date `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description?: string;
}

/** The words of the calendar, in the reader's language; `{what}` / `{name}` are filled in. */
export interface PlanCalendarLabels {
  /** Summary of the review of the whole plan, e.g. "Review of the plan of {name}". */
  planReview: string;
  /** Summary of an agreement's review, e.g. "Review: {what}". */
  agreementReview: string;
  /** Summary of a core-team meeting, e.g. "Core team meeting". */
  meeting: string;
  who: string;
  goesWell: string;
  needsAttention: string;
  planChanges: string;
  unnamed: string;
}

export interface PlanCalendar {
  events: CalendarEvent[];
  /** Records whose date has no day (e.g. `2026-03`): a calendar needs a day, so they are left out. */
  skipped: Id[];
}

const fill = (template: string, params: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);

/** A UID that stays the same for the same record of the same document. */
function uidFor(doc: CareNetwork, what: string): string {
  const scope = (doc.id ?? doc.egoId).replace(/[^\w.-]/g, '_');
  return `${what}.${scope}@care-network-elements`;
}

/** The plan's dated moments: the plan review, agreement reviews and core-team meetings. */
export function planCalendarEvents(doc: CareNetwork, labels: PlanCalendarLabels): PlanCalendar {
  const events: CalendarEvent[] = [];
  const skipped: Id[] = [];
  const names = new Map(doc.people.map((p) => [p.id, p.name.trim() || labels.unnamed]));
  const add = (id: Id, date: PartialDate | undefined, event: () => Omit<CalendarEvent, 'date'>) => {
    if (!date) return;
    if (!isFullDate(date)) {
      skipped.push(id);
      return;
    }
    events.push({ ...event(), date });
  };

  add('plan', doc.plan.reviewDate, () => ({
    uid: uidFor(doc, 'plan-review'),
    summary: fill(labels.planReview, { name: names.get(doc.egoId) ?? labels.unnamed }),
  }));
  for (const a of doc.plan.agreements) {
    add(a.id, a.reviewDate, () => ({
      uid: uidFor(doc, `review-${a.id}`),
      summary: fill(labels.agreementReview, { what: a.what }),
      description: a.who.length ? `${labels.who}: ${a.who.map((w) => names.get(w) ?? labels.unnamed).join(', ')}` : undefined,
    }));
  }
  for (const m of doc.plan.meetings) {
    add(m.id, m.date, () => ({
      uid: uidFor(doc, `meeting-${m.id}`),
      summary: labels.meeting,
      description:
        [
          m.goesWell && `${labels.goesWell}: ${m.goesWell}`,
          m.needsAttention && `${labels.needsAttention}: ${m.needsAttention}`,
          m.planChanges && `${labels.planChanges}: ${m.planChanges}`,
        ]
          .filter(Boolean)
          .join('\n') || undefined,
    }));
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { events, skipped };
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets; continuation lines
 * start with one space. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    // The first line holds 75 octets; later ones 74 after their leading space.
    const limit = out.length ? 74 : 75;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `20260304` from `2026-03-04`. */
const icsDate = (date: string): string => date.replace(/-/g, '');

/** The day after a `YYYY-MM-DD` date (DTEND of an all-day event is exclusive). */
function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`;
}

/** `20260304T101500Z`: a UTC date-time for DTSTAMP. */
function icsStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface IcsOptions {
  /** When the file is made (DTSTAMP); default now. */
  now?: Date;
  /** The calendar's name shown by agenda apps (X-WR-CALNAME). */
  calendarName?: string;
}

/** Serialises events as an iCalendar file: CRLF line ends, folded lines, escaped text. */
export function toIcs(events: readonly CalendarEvent[], options: IcsOptions = {}): string {
  const stamp = icsStamp(options.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//care-network-elements//plan-board//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
      `DTEND;VALUE=DATE:${nextDay(e.date)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The plan's review dates and meetings as an `.ics` file, with the records left out. */
export function planToIcs(
  doc: CareNetwork,
  labels: PlanCalendarLabels,
  options: IcsOptions = {},
): { ics: string; count: number; skipped: Id[] } {
  const { events, skipped } = planCalendarEvents(doc, labels);
  return { ics: toIcs(events, options), count: events.length, skipped };
}
