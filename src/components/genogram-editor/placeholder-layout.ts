/**
 * THROWAWAY: a naive row placement used only until `layoutGenogram` (src/layout) lands on
 * main. It fills the layout contract so the element can be built and tested; delete this
 * file when the engine arrives. Never shipped.
 */
import type { CareNetwork, Id } from '../../model/types.js';
import type { GenogramLayout, GenogramOptions, Point } from '../../layout/types.js';

export function placeholderLayout(doc: CareNetwork, options: GenogramOptions = {}): GenogramLayout {
  const nodeWidth = options.nodeWidth ?? 130;
  const rowHeight = options.rowHeight ?? 170;
  const parentsOf = new Map<Id, Id[]>();
  const partnerUnions = new Map<Id, CareNetwork['unions']>();
  for (const u of doc.unions) {
    for (const c of u.children) parentsOf.set(c.personId, [...(parentsOf.get(c.personId) ?? []), ...u.partners]);
    for (const p of u.partners) partnerUnions.set(p, [...(partnerUnions.get(p) ?? []), u]);
  }
  const people = doc.people.filter((p) => p.kind === 'person');
  const gen = new Map<Id, number>();
  const start = options.focusId ?? doc.egoId;
  for (const seed of [start, ...people.map((p) => p.id)]) {
    if (gen.has(seed) || !people.some((p) => p.id === seed)) continue;
    gen.set(seed, 0);
    const queue = [seed];
    while (queue.length) {
      const id = queue.shift()!;
      const g = gen.get(id)!;
      const next: Array<[Id, number]> = [
        ...(parentsOf.get(id) ?? []).map((p): [Id, number] => [p, g - 1]),
        ...(partnerUnions.get(id) ?? []).flatMap((u) => [
          ...u.partners.map((p): [Id, number] => [p, g]),
          ...u.children.map((c): [Id, number] => [c.personId, g + 1]),
        ]),
      ];
      for (const [n, ng] of next) {
        if (gen.has(n)) continue;
        gen.set(n, ng);
        queue.push(n);
      }
    }
  }
  const focusGen = gen.get(start) ?? 0;
  const hidden: Id[] = [];
  if (options.generations !== undefined) {
    for (const [id, g] of gen) if (Math.abs(g - focusGen) > options.generations) hidden.push(id);
    for (const id of hidden) gen.delete(id);
  }
  const rows = new Map<number, Id[]>();
  const seen = new Set<Id>();
  const visit = (id: Id): void => {
    if (seen.has(id) || !gen.has(id)) return;
    seen.add(id);
    rows.set(gen.get(id)!, [...(rows.get(gen.get(id)!) ?? []), id]);
    for (const u of partnerUnions.get(id) ?? []) {
      for (const p of u.partners) {
        if (seen.has(p) || !gen.has(p)) continue;
        seen.add(p);
        rows.set(gen.get(p)!, [...(rows.get(gen.get(p)!) ?? []), p]);
      }
      const order = options.order?.[`children:${u.id}`] ?? [];
      const kids = [...u.children.map((c) => c.personId)].sort((a, b) => rank(order, a, b));
      for (const c of kids) visit(c);
    }
  };
  const roots = [...gen.keys()].filter((id) => !(parentsOf.get(id) ?? []).some((p) => gen.has(p)));
  roots.sort((a, b) => gen.get(a)! - gen.get(b)!);
  for (const r of roots) visit(r);
  const positions: Record<Id, Point & { generation: number }> = {};
  for (const [g, ids] of rows) ids.forEach((id, i) => (positions[id] = { x: (i - (ids.length - 1) / 2) * nodeWidth, y: g * rowHeight, generation: g }));
  const origin = { ...(positions[start] ?? { x: 0, y: 0 }) };
  for (const p of Object.values(positions)) {
    p.x -= origin.x;
    p.y -= origin.y;
  }
  const unions = doc.unions
    .filter((u) => u.partners.every((p) => positions[p]))
    .map((u) => {
      const xs = u.partners.map((p) => positions[p].x).sort((a, b) => a - b);
      const y = positions[u.partners[0]].y;
      return { unionId: u.id, y, x1: xs[0], x2: xs[xs.length - 1], childLineY: y + rowHeight / 2, dropX: (xs[0] + xs[xs.length - 1]) / 2 };
    });
  return {
    positions,
    unions,
    quality: { overlaps: 0, offRow: 0, couplesAdjacent: 1, crossings: 0, meanSibshipOffset: 0, meanDisplacement: 0 },
    compromises: [],
    hidden,
  };
}

function rank(order: Id[], a: Id, b: Id): number {
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib);
}
