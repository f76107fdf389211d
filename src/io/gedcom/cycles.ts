import type { ProblemList } from './problems.js';
import type { Pending, UnionEntry } from './records.js';

/**
 * Keeps the family tree a tree: a person listed as child of their own partnership, or a child
 * link that would make someone their own ancestor, is taken out of the model and kept as text
 * (the CHIL and FAMC lines stay in `extensions.gedcom` and are written back), with a problem.
 * The depth-first search is iterative and visits people and families in file order, so the
 * same file always loses the same links.
 */
export function breakCycles(pending: Pending[], unions: Map<string, UnionEntry>, problems: ProblemList): void {
  const byId = new Map(pending.map((p) => [p.person.id, p]));
  // Dropped links are filtered out of each union once at the end (linear for any number).
  const droppedFrom = new Map<UnionEntry, Set<string>>();
  const drop = (entry: UnionEntry, childId: string) => {
    const { union, ext } = entry;
    const set = droppedFrom.get(entry);
    if (set) set.add(childId);
    else droppedFrom.set(entry, new Set([childId]));
    const extras = ext.chil?.[childId];
    if (ext.chil) {
      delete ext.chil[childId];
      if (!Object.keys(ext.chil).length) delete ext.chil;
    }
    ext.nodes.push({ tag: 'CHIL', ref: childId, ...(extras?.length ? { children: extras } : {}) });
    union.extensions = { gedcom: ext };
    const p = byId.get(childId);
    const link = p?.famcByUnion.get(union.id);
    if (!p || !link) return;
    if (p.ext.famc) {
      delete p.ext.famc[union.id];
      if (!Object.keys(p.ext.famc).length) delete p.ext.famc;
    }
    const children = [...(link.pediNode ? [link.pediNode] : []), ...link.extras];
    p.ext.nodes.push({ tag: 'FAMC', ref: union.id, ...(children.length ? { children } : {}) });
  };
  const nameOf = (id: string) => byId.get(id)?.person.name || id;

  for (const entry of unions.values()) {
    for (const partner of entry.union.partners) {
      if (!entry.childIndex.has(partner)) continue;
      problems.add('partner-and-child', entry.line, { name: nameOf(partner) });
      drop(entry, partner);
    }
  }

  const parents = new Map<string, Array<{ parent: string; entry: UnionEntry }>>();
  for (const entry of unions.values())
    for (const c of entry.union.children)
      for (const parent of entry.union.partners) {
        if (droppedFrom.get(entry)?.has(c.personId)) continue;
        const list = parents.get(c.personId);
        if (list) list.push({ parent, entry });
        else parents.set(c.personId, [{ parent, entry }]);
      }
  const dropped = new Set<string>();
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  for (const p of pending) {
    const start = p.person.id;
    if (state.has(start)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const edges = parents.get(top.id) ?? [];
      if (top.next >= edges.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const { parent, entry } = edges[top.next++];
      const key = `${entry.union.id}\u0000${top.id}`;
      if (dropped.has(key)) continue;
      const s = state.get(parent);
      if (s === 1) {
        dropped.add(key);
        drop(entry, top.id);
        problems.add('own-ancestor', byId.get(top.id)?.line, { name: nameOf(top.id), family: entry.union.id });
      } else if (s === undefined) {
        state.set(parent, 1);
        stack.push({ id: parent, next: 0 });
      }
    }
  }
  for (const [entry, ids] of droppedFrom) entry.union.children = entry.union.children.filter((c) => !ids.has(c.personId));
}

