/**
 * One rule set for INDI ↔ person, used both ways so that import → export → import is stable:
 * the exporter writes a kept structure back unchanged when it still reads as the person's
 * current fields, and rewrites only what the user changed.
 */
import type { Person } from '../../model/types.js';
import { parsePartialDate, surelyBefore } from '../../model/validation/dates.js';
import { child, displayName, eventDate, inexactDate, readSex, withDate, writeSex, type GedcomNode, type SexReading } from './nodes.js';

const NAME_PIECES = new Set(['GIVN', 'SURN', 'NPFX', 'NSFX', 'SPFX', 'NICK', '_MARNM']);

export interface IndividualFields {
  name: string;
  sexReading?: SexReading & { value: string };
  birth?: string;
  death?: string;
  deceased?: boolean;
  notes?: string;
  dateText?: { birth?: string; death?: string };
  /** The death date was before the birth date (kept as text only). */
  datesConflict?: boolean;
}

function range(date: string) {
  const r = parsePartialDate(date);
  return r.ok ? r.range : { first: 0, last: 0 };
}

const first = (nodes: GedcomNode[], tag: string) => nodes.find((n) => n.tag === tag);
/** The first NOTE with text (a NOTE pointer to a NOTE record stays a kept structure). */
const firstNote = (nodes: GedcomNode[]) => nodes.find((n) => n.tag === 'NOTE' && n.ref === undefined);

/** What the model takes from an INDI's substructures. */
export function readIndividual(nodes: GedcomNode[]): IndividualFields {
  const out: IndividualFields = { name: displayName(first(nodes, 'NAME')?.value) };
  const sex = first(nodes, 'SEX');
  if (sex) out.sexReading = { ...readSex(sex.value), value: sex.value ?? '' };
  const birt = first(nodes, 'BIRT');
  const deat = first(nodes, 'DEAT');
  out.birth = eventDate(birt);
  out.death = eventDate(deat);
  let deathText = inexactDate(deat);
  if (out.birth && out.death && surelyBefore(range(out.death), range(out.birth))) {
    // A death before the birth cannot both be right: the birth is kept, the death stays text.
    deathText = child(deat!, 'DATE')?.value?.trim();
    out.death = undefined;
    out.datesConflict = true;
  }
  if (deat) out.deceased = true;
  const note = firstNote(nodes);
  if (note) out.notes = note.value ?? '';
  const dateText = { birth: inexactDate(birt), death: deathText };
  if (dateText.birth || dateText.death) out.dateText = JSON.parse(JSON.stringify(dateText)) as IndividualFields['dateText'];
  return out;
}

/** Person fields from the reading (absent fields left out, so documents compare equal). */
export function personFields(fields: IndividualFields): Partial<Person> {
  const p: Partial<Person> = { name: fields.name };
  if (fields.sexReading?.sex) p.sex = fields.sexReading.sex;
  if (fields.sexReading?.gender) p.gender = fields.sexReading.gender;
  if (fields.birth) p.birth = fields.birth;
  if (fields.death) p.death = fields.death;
  if (fields.deceased) p.deceased = true;
  if (fields.notes !== undefined) p.notes = fields.notes;
  return p;
}

/** The INDI substructures for a person: the kept ones, updated where the person was edited. */
export function writeIndividual(person: Person, kept: GedcomNode[], v7: boolean): GedcomNode[] {
  const read = readIndividual(kept);
  const out: GedcomNode[] = [];
  const done = new Set<string>();
  const note = firstNote(kept);
  for (const node of kept) {
    const isFirst = !done.has(node.tag) && (node.tag !== 'NOTE' || node === note);
    if (!isFirst || !['NAME', 'SEX', 'BIRT', 'DEAT', 'NOTE'].includes(node.tag)) {
      out.push(node);
      continue;
    }
    done.add(node.tag);
    const next = rewrite(node, person, read, v7);
    if (next) out.push(next);
  }
  const front: GedcomNode[] = [];
  if (!done.has('NAME') && person.name) front.push({ tag: 'NAME', value: person.name });
  const sex = writeSex(person.sex, person.gender, v7);
  if (!done.has('SEX') && sex) front.push({ tag: 'SEX', value: sex });
  if (!done.has('BIRT') && person.birth) front.push(withDate({ tag: 'BIRT' }, person.birth));
  if (!done.has('DEAT') && (person.death || person.deceased))
    front.push(person.death ? withDate({ tag: 'DEAT' }, person.death) : { tag: 'DEAT', value: 'Y' });
  if (!done.has('NOTE') && person.notes) out.push({ tag: 'NOTE', value: person.notes });
  return [...front, ...out];
}

function rewrite(node: GedcomNode, person: Person, read: IndividualFields, v7: boolean): GedcomNode | undefined {
  switch (node.tag) {
    case 'NAME': {
      if (read.name === person.name) return node;
      if (!person.name) return undefined;
      const children = node.children?.filter((c) => !NAME_PIECES.has(c.tag));
      return children?.length ? { tag: 'NAME', value: person.name, children } : { tag: 'NAME', value: person.name };
    }
    case 'SEX': {
      const r = read.sexReading;
      if (r && r.sex === person.sex && r.gender === person.gender) return node;
      const value = writeSex(person.sex, person.gender, v7);
      return value ? { ...node, value } : undefined;
    }
    case 'BIRT': {
      if (read.birth === person.birth) return node;
      const next = withDate(node, person.birth);
      return next.children?.length || (next.value && next.value !== 'Y') ? next : undefined;
    }
    case 'DEAT': {
      if (!person.deceased && !person.death) return undefined;
      if (read.death === person.death) return node;
      const next = withDate(node, person.death);
      return next.children?.length || next.value ? next : { ...next, value: 'Y' };
    }
    case 'NOTE': {
      if (read.notes === person.notes) return node;
      return person.notes ? { ...node, value: person.notes } : undefined;
    }
  }
  return node;
}

