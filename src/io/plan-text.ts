/**
 * The network's plan as Markdown or plain text: the same content as the printed plan
 * (conditions, questions with their agreements, core team, meetings, next review), for mail,
 * a chat message or a file. Pure: the caller passes the words (from its i18n catalog) and a
 * date formatter, so this layer needs no DOM and no locale machinery.
 */
import type { Agreement, AgreementStatus, AgreementWhen, CareNetwork, Id, PartialDate, Person } from '../model/types.js';
import { filterAgreements, nextReview, todayIso } from '../model/plan-figures.js';

/** The words of the export, in the reader's language. `{name}` is filled in where shown. */
export interface PlanTextLabels {
  /** Title of the whole plan, e.g. "Plan of {name}". */
  title: string;
  /** Title of a personal version, e.g. "Agreements of {name}". */
  personalTitle: string;
  conditions: string;
  agency: string;
  meaning: string;
  noQuestions: string;
  noAgreements: string;
  who: string;
  where: string;
  when: string;
  how: string;
  status: string;
  review: string;
  notes: string;
  condition: string;
  coreTeam: string;
  chair: string;
  meetings: string;
  goesWell: string;
  needsAttention: string;
  planChanges: string;
  nextReview: string;
  /** Marker after a professional's name, e.g. "professional". */
  professional: string;
  /** Marker after the client's name, e.g. "client". */
  client: string;
  /** Shown for a person without a name. */
  unnamed: string;
  /** "until {date}" for a period without a start. */
  until: string;
  statuses: Record<AgreementStatus, string>;
}

export interface PlanTextOptions {
  labels: PlanTextLabels;
  /** `markdown` (default) or `text`. */
  format?: 'markdown' | 'text';
  /** Only this person's agreements (the personal version). */
  personId?: Id;
  /** Formats a partial date for reading; ISO by default. */
  formatDate?: (date: PartialDate) => string;
  /** Today as `YYYY-MM-DD`, for the next review (default: the local date). */
  today?: string;
}

const fill = (template: string, params: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);

/** A person's name with a marker for the client and for professionals. */
export function personLabel(doc: CareNetwork, person: Person | undefined, labels: PlanTextLabels): string {
  if (!person) return labels.unnamed;
  const name = person.name.trim() || labels.unnamed;
  if (person.id === doc.egoId) return `${name} (${labels.client})`;
  if (person.professional) return `${name} (${labels.professional})`;
  return name;
}

/** "1 Mar 2026 – 1 Apr 2026, every Wednesday": a date, a period and/or recurring text. */
export function formatWhen(
  when: AgreementWhen | undefined,
  labels: Pick<PlanTextLabels, 'until'>,
  formatDate: (date: PartialDate) => string = (d) => d,
): string {
  if (!when) return '';
  const parts: string[] = [];
  if (when.date && when.until) parts.push(`${formatDate(when.date)} – ${formatDate(when.until)}`);
  else if (when.date) parts.push(formatDate(when.date));
  else if (when.until) parts.push(fill(labels.until, { date: formatDate(when.until) }));
  if (when.text?.trim()) parts.push(when.text.trim());
  return parts.join(', ');
}

/**
 * A partial date in words for a locale: `2026` stays `2026`, `2026-03` becomes "March 2026",
 * `2026-03-04` "4 March 2026". Anything else is shown as it is.
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const t = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d ?? 1)));
  if (Number.isNaN(t.getTime())) return date;
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(t);
}

/** Escapes user text so Markdown shows it as written (no headings, links or emphasis by accident). */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** Escapes the characters that mean something anywhere in a line. */
const escapeInline = (text: string): string => text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');

interface Writer {
  heading(level: 1 | 2 | 3, text: string): void;
  field(label: string, value: string | undefined): void;
  item(text: string): void;
  paragraph(text: string): void;
}

function writer(lines: string[], markdown: boolean): Writer {
  const esc = (s: string) => (markdown ? escapeMarkdown(s) : s);
  // Multi-line values stay inside their bullet: continuation lines are indented.
  const indent = (s: string) => s.replace(/\r?\n/g, '\n  ');
  const gap = () => {
    if (lines.length && lines[lines.length - 1] !== '') lines.push('');
  };
  return {
    heading(level, text) {
      gap();
      // After "## " a leading "1." cannot start a list, so only inline marks need escaping.
      if (markdown) lines.push(`${'#'.repeat(level)} ${escapeInline(text)}`);
      else {
        lines.push(text);
        if (level < 3) lines.push((level === 1 ? '=' : '-').repeat(Math.max(3, [...text].length)));
      }
      lines.push('');
    },
    field(label, value) {
      if (!value?.trim()) return;
      lines.push(markdown ? `- **${esc(label)}:** ${indent(esc(value.trim()))}` : `- ${label}: ${indent(value.trim())}`);
    },
    item(text) {
      lines.push(`- ${indent(esc(text))}`);
    },
    paragraph(text) {
      gap();
      lines.push(esc(text));
      lines.push('');
    },
  };
}

/** The plan (or one person's part of it) as Markdown or plain text, ending with a newline. */
export function planToText(doc: CareNetwork, options: PlanTextOptions): string {
  const { labels } = options;
  const markdown = (options.format ?? 'markdown') === 'markdown';
  const date = options.formatDate ?? ((d: PartialDate) => d);
  const people = new Map(doc.people.map((p) => [p.id, p]));
  const who = (ids: Id[]) => ids.map((id) => personLabel(doc, people.get(id), labels)).join(', ');
  const lines: string[] = [];
  const w = writer(lines, markdown);

  const client = people.get(doc.egoId);
  const focus = options.personId ? people.get(options.personId) : undefined;
  const clientName = client?.name.trim() || labels.unnamed;
  w.heading(
    1,
    options.personId
      ? fill(labels.personalTitle, { name: focus?.name.trim() || labels.unnamed })
      : fill(labels.title, { name: clientName }),
  );

  const review = nextReview(doc, options.today ?? todayIso());
  if (review) lines.push(`${labels.nextReview}: ${date(review.date)}`, '');

  if (doc.plan.conditions.length) {
    w.heading(2, labels.conditions);
    for (const c of doc.plan.conditions) {
      const rest = [c.agency && `${labels.agency}: ${c.agency}`, c.meaning && `${labels.meaning}: ${c.meaning}`].filter(Boolean);
      w.item([c.text, ...rest].join(' — '));
    }
  }

  const shown = filterAgreements(doc.plan.agreements, { personId: options.personId });
  const conditions = new Map(doc.plan.conditions.map((c) => [c.id, c]));
  if (!doc.plan.questions.length) w.paragraph(labels.noQuestions);
  doc.plan.questions.forEach((q, i) => {
    const mine = shown.filter((a) => a.questionId === q.id);
    if (options.personId && !mine.length) return;
    w.heading(2, `${i + 1}. ${q.text}`);
    if (!mine.length) w.paragraph(labels.noAgreements);
    for (const a of mine) writeAgreement(a);
  });

  function writeAgreement(a: Agreement) {
    w.heading(3, a.what);
    w.field(labels.who, who(a.who));
    w.field(labels.where, a.where);
    w.field(labels.when, formatWhen(a.when, labels, date));
    w.field(labels.how, a.how);
    w.field(labels.status, labels.statuses[a.status] ?? a.status);
    w.field(labels.review, a.reviewDate && date(a.reviewDate));
    w.field(labels.condition, a.conditionId ? conditions.get(a.conditionId)?.text : undefined);
    w.field(labels.notes, a.notes);
  }

  const team = doc.plan.coreTeam;
  if (team.members.length) {
    w.heading(2, labels.coreTeam);
    for (const id of team.members) {
      const name = personLabel(doc, people.get(id), labels);
      w.item(id === team.chairId ? `${name} — ${labels.chair}` : name);
    }
  }

  if (!options.personId && doc.plan.meetings.length) {
    w.heading(2, labels.meetings);
    for (const m of [...doc.plan.meetings].sort((a, b) => (a.date < b.date ? 1 : -1))) {
      w.heading(3, date(m.date));
      w.field(labels.goesWell, m.goesWell);
      w.field(labels.needsAttention, m.needsAttention);
      w.field(labels.planChanges, m.planChanges);
    }
  }

  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
