/** FAM records → unions, and the two-way links between people and families. */
import type { ChildLink, Union } from '../../model/types.js';
import type { ParsedNode } from './lines.js';
import { child, readChildKind, readHistory, type UnionGedcom } from './nodes.js';
import type { ProblemList } from './problems.js';
import type { Keep, Pending, UnionEntry } from './records.js';
import type { XrefTable } from './xrefs.js';

export function readFamily(
  rec: ParsedNode,
  id: string,
  xrefs: XrefTable,
  people: Map<string, Pending>,
  keep: Keep,
  problems: ProblemList,
): { union: Union; ext: UnionGedcom; childIndex: Map<string, ChildLink> } | undefined {
  const partners: string[] = [];
  const children: ChildLink[] = [];
  const childIds = new Set<string>();
  const ext: UnionGedcom = { nodes: [] };
  const person = (c: ParsedNode) => {
    const target = xrefs.resolve(c.pointer!, c.line, problems);
    if (target === undefined || !people.has(target)) {
      problems.add('dangling-pointer', c.line, { tag: c.tag, xref: `@${c.pointer}@` });
      return undefined;
    }
    return target;
  };
  for (const c of rec.children) {
    if ((c.tag === 'HUSB' || c.tag === 'WIFE') && c.pointer && c.pointer !== 'VOID') {
      const pid = person(c);
      if (pid === undefined) continue;
      if (partners.includes(pid)) problems.add('self-partner', c.line, { xref: `@${rec.xref ?? id}@` });
      else if (partners.length === 2) {
        problems.add('extra-partner', c.line, { xref: `@${rec.xref ?? id}@` });
        ext.nodes.push(keep(c));
      } else partners.push(pid);
    } else if (c.tag === 'CHIL' && c.pointer && c.pointer !== 'VOID') {
      const pid = person(c);
      if (pid === undefined || childIds.has(pid)) continue;
      childIds.add(pid);
      children.push({ personId: pid, kind: 'biological' });
      if (c.children.length) (ext.chil ??= {})[pid] = c.children.map(keep);
    } else ext.nodes.push(keep(c));
  }
  if (!partners.length && !children.length) return undefined;
  const union: Union = { id, partners, history: readHistory(ext.nodes), children };
  if (ext.nodes.length || ext.chil) union.extensions = { gedcom: ext };
  return { union, ext, childIndex: new Map(children.map((c) => [c.personId, c])) };
}

/** Two-way links: FAMC/FAMS complete FAM's lists; PEDI, ADOP and vendor tags set child kinds. */
export function linkFamilies(
  pending: Pending[],
  unions: Map<string, UnionEntry>,
  xrefs: XrefTable,
  problems: ProblemList,
): void {
  for (const p of pending) {
    const adoptedIn = new Set<string>();
    for (const node of p.ext.nodes) {
      if (node.tag !== 'ADOP') continue;
      const famc = child(node, 'FAMC');
      if (famc?.ref) adoptedIn.add(famc.ref);
    }
    for (const link of p.famc) {
      const uid = xrefs.resolve(link.unionXref, link.line, problems);
      const entry = uid === undefined ? undefined : unions.get(uid);
      if (!entry) {
        if (uid === undefined) problems.add('dangling-pointer', link.line, { tag: 'FAMC', xref: `@${link.unionXref}@` });
        else p.ext.nodes.push({ tag: 'FAMC', ref: uid, ...(link.extras.length ? { children: link.extras } : {}) });
        continue;
      }
      if (link.extras.length) (p.ext.famc ??= {})[uid!] = link.extras;
      p.famcByUnion.set(uid!, link);
      let childLink = entry.childIndex.get(p.person.id);
      if (!childLink) {
        childLink = { personId: p.person.id, kind: 'biological' };
        entry.union.children.push(childLink);
        entry.childIndex.set(p.person.id, childLink);
      }
      const vendor = [...link.extras, ...(entry.ext.chil?.[p.person.id] ?? [])]
        .filter((n) => n.tag === '_FREL' || n.tag === '_MREL' || n.tag === '_PEDI')
        .map((n) => n.value ?? '');
      childLink.kind = readChildKind(link.pedi, link.phrase, adoptedIn.has(uid!), vendor);
    }
    for (const link of p.fams) {
      const uid = xrefs.resolve(link.xref, link.line, problems);
      const entry = uid === undefined ? undefined : unions.get(uid);
      if (!entry) {
        if (uid === undefined) problems.add('dangling-pointer', link.line, { tag: 'FAMS', xref: `@${link.xref}@` });
        else p.ext.nodes.push({ tag: 'FAMS', ref: uid, ...(link.extras.length ? { children: link.extras } : {}) });
        continue;
      }
      if (link.extras.length) (p.ext.fams ??= {})[uid!] = link.extras;
      const partners = entry.union.partners;
      if (!partners.includes(p.person.id) && partners.length < 2) partners.push(p.person.id);
    }
  }
  // Children named only in CHIL may still have vendor tags there.
  for (const { union, ext } of unions.values()) {
    for (const link of union.children) {
      const tags = (ext.chil?.[link.personId] ?? []).filter((n) => n.tag === '_FREL' || n.tag === '_MREL' || n.tag === '_PEDI');
      if (link.kind === 'biological' && tags.length) link.kind = readChildKind(undefined, undefined, false, tags.map((n) => n.value ?? ''));
    }
  }
  for (const p of pending) p.person.extensions = { gedcom: p.ext };
}

