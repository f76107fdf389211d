/** Checks that need the whole document: the core team's chair and parent–child cycles. */
import { M } from './problem.js';
import type { ParentLink } from './records.js';
import type { Walk } from './rules.js';

export function checkChair(w: Walk, team: { members?: string[]; chairId?: string }, path: string): void {
  if (team.chairId !== undefined && team.members && !team.members.includes(team.chairId))
    w.c.add('chair-not-member', path, M.chairNotMember(team.chairId));
}

/**
 * Finds people who are their own ancestor (parent → child links through unions) with an
 * iterative depth-first search, so 5,000 generations cannot overflow the stack.
 * Each cycle is reported once, at the child link that closes it.
 */
export function checkParentCycles(w: Walk, links: ParentLink[]): void {
  type Edge = { child: string; path: string; order: number };
  const children = new Map<string, Edge[]>();
  links.forEach((link, order) => {
    for (const parent of link.parents) {
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push({ child: link.child, path: link.path, order });
    }
  });
  if (children.size === 0) return;
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  const name = (id: string) => w.names.get(id) ?? id;
  for (const start of children.keys()) {
    if (state.has(start)) continue;
    // Each frame remembers the edge that led to it, to name the link that closes a cycle.
    const stack: Array<{ id: string; next: number; via?: Edge }> = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length && !w.c.full) {
      const top = stack[stack.length - 1];
      const edges = children.get(top.id) ?? [];
      if (top.next >= edges.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const edge = edges[top.next++];
      const seen = state.get(edge.child);
      if (seen === 1) {
        const from = stack.findIndex((s) => s.id === edge.child);
        const frames = stack.slice(from);
        const chain = [...frames.map((s) => name(s.id)), name(edge.child)].join(' → ');
        // Report at the link written last in the document: most likely the mistake.
        let latest = edge;
        for (const f of frames.slice(1)) if (f.via && f.via.order > latest.order) latest = f.via;
        w.c.add('parent-cycle', latest.path, M.parentCycle(chain));
      } else if (seen === undefined) {
        state.set(edge.child, 1);
        stack.push({ id: edge.child, next: 0, via: edge });
      }
    }
  }
}
