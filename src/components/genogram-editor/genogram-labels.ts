/**
 * The words of the genogram: names, years, ages, partnership histories and the accessible
 * names that say who someone is to the client ("Ans, grootmoeder van Sanne"). Shared by the
 * drawing, the table, the legend and the announcements, so they always say the same thing.
 */
import type { Id, Person, Union } from '../../model/types.js';
import { firstName, fitLabel, textWidth } from '../../base/text-measure.js';
import type { MessageParams } from '../../i18n/catalog.js';
import type { genogramMessages } from '../../i18n/catalogs/genogram-editor.js';
import { ageOf, isDeceased, parentsOf, yearOf, type FamilyIndex } from './family-graph.js';
import { kinship, type KinKey } from './kinship.js';
import { symbolKind, symbolWords } from './genogram-symbols.js';

export type GenogramKey = keyof (typeof genogramMessages)['en'];

/** Translators for the element's two catalogs. */
export interface Words {
  t: (key: GenogramKey, params?: MessageParams) => string;
  kin: (key: KinKey) => string;
}

export function displayName(person: Person | undefined, words: Words): string {
  return person?.name?.trim() || words.t('noName');
}

/**
 * A name as one or two lines that fit `maxWidth`: the whole name when it fits, else the first
 * name over the family name (each shortened by the shared label fitting when still too long).
 * Family names matter in a genogram, so they are kept rather than cut off.
 */
const lineCache = new Map<string, string[]>();

export function nameLines(name: string, width: number, fontSize = 14): string[] {
  const key = `${width}|${fontSize}|${name}`;
  const cached = lineCache.get(key);
  if (cached) return cached;
  if (lineCache.size > 5000) lineCache.clear();
  const lines = fitNameLines(name, width, fontSize);
  lineCache.set(key, lines);
  return lines;
}

function fitNameLines(name: string, width: number, fontSize: number): string[] {
  // Names are drawn bold; the shared fitting measures regular text, so leave it some room.
  const maxWidth = width * 0.9;
  const full = fitLabel(name, maxWidth, fontSize);
  if (full.form === 'full') return [full.text];
  const first = firstName(name);
  const rest = name.trim().slice(first.length).trim();
  if (!rest) return [full.text];
  return [fitLabel(first, maxWidth, fontSize).text, ellipsize(rest, maxWidth, fontSize)];
}

/** Cuts text to `maxWidth` with an ellipsis (the full text stays in the accessible name). */
function ellipsize(text: string, maxWidth: number, fontSize: number): string {
  const bold = (t: string) => textWidth(t, fontSize, undefined, 600);
  if (bold(text) <= maxWidth) return text;
  let cut = text.length - 1;
  while (cut > 1 && bold(`${text.slice(0, cut).trimEnd()}…`) > maxWidth) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** "1948–2019", "1948", "† 2019" or "". */
export function yearsLabel(person: Person): string {
  const born = yearOf(person.birth);
  const died = yearOf(person.death);
  if (born !== undefined && died !== undefined) return `${born}–${died}`;
  if (born !== undefined) return isDeceased(person) ? `${born}–?` : String(born);
  if (died !== undefined) return `† ${died}`;
  return '';
}

/** "m. 2004", "div. 2015" per history step with a date (the line itself shows undated steps). */
export function historyLabels(union: Union, words: Words): string[] {
  // A plain 'relationship' step says little on paper; the last three steps fit above the line.
  return union.history
    .filter((e) => e.date && e.status !== 'relationship')
    .slice(-3)
    .map((e) => `${words.t(`short_${e.status}` as GenogramKey)} ${yearOf(e.date) ?? e.date}`);
}

/** The whole history in words for screen readers: "married 2004, divorced 2015". */
export function historyWords(union: Union, words: Words): string {
  return union.history
    .map((e) => [words.t(`status_${e.status}` as GenogramKey), e.date ? (yearOf(e.date) ?? e.date) : ''].join(' ').trim())
    .join(', ');
}

/** "grootmoeder van Sanne" / "the client". */
export function relationToClient(index: FamilyIndex, id: Id, words: Words): string {
  return words.kin(kinship(index, index.doc.egoId, id));
}

/** The spoken name of a person: name and relation to the client. */
export function personTitle(index: FamilyIndex, id: Id, words: Words): string {
  const person = index.people.get(id);
  const name = displayName(person, words);
  if (id === index.doc.egoId) return words.t('personSelf', { name });
  const client = displayName(index.people.get(index.doc.egoId), words);
  return words.t('personName', { name, relation: relationToClient(index, id, words), client });
}

/**
 * Everything the symbol shows, in words: name and relation, symbol, years and age, deceased,
 * health markers. This is the accessible name of the person in the drawing.
 */
export function personDescription(index: FamilyIndex, id: Id, words: Words, today = new Date()): string {
  const person = index.people.get(id);
  if (!person) return '';
  const parts = [personTitle(index, id, words)];
  parts.push(...symbolWords(symbolKind(person)).map((k) => words.t(k)));
  const years = yearsLabel(person);
  if (years) parts.push(years);
  const age = ageOf(person, today);
  if (age !== undefined) parts.push(words.t(isDeceased(person) ? 'descAgeAtDeath' : 'descAge', { age }));
  if (isDeceased(person) && !person.pregnancy) parts.push(words.t('descDeceased'));
  for (const m of person.healthMarkers ?? []) {
    parts.push(
      m.status
        ? words.t('descHealth', { condition: m.condition, status: words.t(`health_${m.status}` as GenogramKey) })
        : words.t('descHealthNoStatus', { condition: m.condition }),
    );
  }
  return parts.join(', ');
}

/** "Ans en Piet" style list of names. */
export function namesOf(index: FamilyIndex, ids: Id[], words: Words): string {
  return ids.map((id) => displayName(index.people.get(id), words)).join(', ');
}

export function parentsNames(index: FamilyIndex, id: Id, words: Words): string {
  return namesOf(index, parentsOf(index, id), words);
}
