/**
 * INDI records → people, and the shared shapes of the import's working data. Every structure
 * the model cannot hold is kept as a {@link GedcomNode}, with pointers as document ids.
 */
import type { ChildLink, Person, Tie, Union } from '../../model/types.js';
import { dateTo70 } from './dates.js';
import { personFields, readIndividual } from './individual.js';
import type { ParsedNode } from './lines.js';
import { FLAT_FROM_LEVEL, readAssoKind, type GedcomLine, type GedcomNode, type PersonGedcom, type UnionGedcom } from './nodes.js';
import type { ProblemList } from './problems.js';
import type { XrefTable } from './xrefs.js';

export type Keep = (node: ParsedNode) => GedcomNode;

export interface FamcLink {
  unionXref: string;
  line: number;
  pedi?: string;
  phrase?: string;
  /** The PEDI structure as kept, for when the link has to be kept as text (a cycle). */
  pediNode?: GedcomNode;
  extras: GedcomNode[];
}

export interface Pending {
  person: Person;
  ext: PersonGedcom;
  famc: FamcLink[];
  fams: Array<{ xref: string; line: number; extras: GedcomNode[] }>;
  asso: ParsedNode[];
  line: number;
  /** FAMC links by union id, filled when families are linked. */
  famcByUnion: Map<string, FamcLink>;
}

export type UnionEntry = { union: Union; ext: UnionGedcom; line: number; childIndex: Map<string, ChildLink> };

/** A parsed line as a kept structure: pointers as ids, 5.x dates in the 7.0 form. */
export function stored(node: ParsedNode, xrefs: XrefTable, v7: boolean): GedcomNode {
  const out: GedcomNode = { tag: node.tag };
  if (node.value !== undefined) out.value = !v7 && node.tag === 'DATE' ? dateTo70(node.value) : node.value;
  if (node.pointer !== undefined) out.ref = xrefs.ref(node.pointer);
  if (!node.children.length) return out;
  if (node.level < FLAT_FROM_LEVEL) out.children = node.children.map((c) => stored(c, xrefs, v7));
  else {
    const below: GedcomLine[] = [];
    const walk = (n: ParsedNode) => {
      for (const c of n.children) {
        const line: GedcomLine = { level: c.level - node.level, tag: c.tag };
        if (c.value !== undefined) line.value = !v7 && c.tag === 'DATE' ? dateTo70(c.value) : c.value;
        if (c.pointer !== undefined) line.ref = xrefs.ref(c.pointer);
        below.push(line);
        walk(c);
      }
    };
    walk(node);
    out.below = below;
  }
  return out;
}

export function readPerson(rec: ParsedNode, id: string, keep: Keep, problems: ProblemList): Pending {
  const p: Pending = { person: { id, kind: 'person', name: '' }, ext: { nodes: [] }, famc: [], fams: [], asso: [], line: rec.line, famcByUnion: new Map() };
  for (const c of rec.children) {
    if (c.tag === 'FAMC' && c.pointer) {
      const pedi = c.children.find((x) => x.tag === 'PEDI');
      const extras = c.children.filter((x) => x !== pedi).map(keep);
      const phrase = pedi?.children.find((x) => x.tag === 'PHRASE')?.value;
      p.famc.push({ unionXref: c.pointer, line: c.line, pedi: pedi?.value, phrase, pediNode: pedi && keep(pedi), extras });
    } else if (c.tag === 'FAMS' && c.pointer) p.fams.push({ xref: c.pointer, line: c.line, extras: c.children.map(keep) });
    else if (c.tag === 'ASSO' && c.pointer) p.asso.push(c);
    else p.ext.nodes.push(keep(c));
  }
  const fields = readIndividual(p.ext.nodes);
  const sex = fields.sexReading;
  if (sex?.odd) {
    const meaning = sex.sex ?? sex.gender ?? 'unknown';
    const nl: Record<string, string> = { male: 'man', female: 'vrouw', unknown: 'onbekend', nonbinary: 'non-binair', intersex: 'intersekse' };
    const line = rec.children.find((c) => c.tag === 'SEX')?.line;
    problems.add('odd-sex', line, { value: sex.value, meaning, meaningNl: nl[meaning] ?? meaning });
  }
  if (fields.datesConflict) problems.add('death-before-birth', rec.children.find((c) => c.tag === 'DEAT')?.line, { name: fields.name || id });
  Object.assign(p.person, personFields(fields));
  if (fields.dateText) p.ext.dateText = fields.dateText;
  return p;
}

export function readTies(
  pending: Pending[],
  xrefs: XrefTable,
  people: Map<string, Pending>,
  keep: Keep,
  problems: ProblemList,
): Tie[] {
  const ties: Tie[] = [];
  for (const p of pending) {
    for (const asso of p.asso) {
      const target = xrefs.resolve(asso.pointer!, asso.line, problems);
      if (target === undefined) {
        problems.add('dangling-pointer', asso.line, { tag: 'ASSO', xref: `@${asso.pointer}@` });
        continue;
      }
      const kept = keep(asso);
      if (target === p.person.id || !people.has(target)) {
        if (target === p.person.id) problems.add('self-association', asso.line);
        p.ext.nodes.push(kept);
        continue;
      }
      const tie: Tie = { id: xrefs.unique(`${p.person.id}_ASSO`), from: p.person.id, to: target };
      const kind = readAssoKind(kept);
      if (kind) tie.kind = kind;
      const rest = (kept.children ?? []).filter((c) => c.tag !== 'RELA' && c.tag !== 'ROLE');
      if (rest.length) tie.extensions = { gedcom: { nodes: rest } };
      ties.push(tie);
    }
  }
  return ties;
}

