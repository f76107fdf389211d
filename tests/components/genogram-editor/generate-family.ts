import { mulberry32 } from '../../fixtures/generate-network.js';
import { createEmptyNetwork } from '../../../src/model/empty.js';
import type { CareNetwork, ChildLink, Person, UnionStatus } from '../../../src/model/types.js';

const FIRST = ['Ans', 'Piet', 'Joke', 'Kees', 'Marja', 'Henk', 'Fatima', 'Mehmet', 'Sanne', 'Daan', 'Noor', 'Sem', 'Lotte', 'Bram', 'Yara', 'Milan'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Yilmaz', 'El Amrani', 'de Boer', 'Mulder'];

/**
 * A seeded family tree of about `people` persons over as many generations as it takes:
 * couples with one to four children, second marriages, twins, adoption and foster care,
 * some deceased and some divorced. The client is a child in the middle generation.
 * Same `people` and `seed`, same family.
 */
export function generateFamily(people: number, seed = 7): CareNetwork {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const doc = createEmptyNetwork({ id: 'p0', name: 'Client', sex: 'female', birth: '1990', sector: 'family' });
  let n = 0;
  const add = (sex: 'female' | 'male', birthYear: number): Person => {
    const p: Person = {
      id: `p${++n}`,
      kind: 'person',
      name: `${pick(FIRST)} ${pick(LAST)}`,
      sex,
      sector: 'family',
      birth: String(birthYear),
      ...(birthYear < 1945 && rnd() < 0.7 ? { death: String(birthYear + 60 + Math.floor(rnd() * 30)) } : {}),
    };
    doc.people.push(p);
    return p;
  };
  // Start from one ancestral couple and grow downward, generation by generation.
  let year = 1900;
  let couples: Array<[Person, Person]> = [[add('male', year), add('female', year + 2)]];
  let clientPlaced = false;
  while (doc.people.length < people && couples.length) {
    const next: Array<[Person, Person]> = [];
    year += 28;
    for (const [a, b] of couples) {
      if (doc.people.length >= people) break;
      const kids = 1 + Math.floor(rnd() * 4);
      const links: ChildLink[] = [];
      for (let k = 0; k < kids && doc.people.length < people; k++) {
        const twin = rnd() < 0.06 && k < kids - 1;
        const group = twin ? `tw${n}` : undefined;
        for (let t = 0; t < (twin ? 2 : 1); t++) {
          let child: Person;
          if (!clientPlaced && year >= 1984) {
            child = doc.people[0];
            clientPlaced = true;
          } else child = add(rnd() < 0.5 ? 'female' : 'male', year + k * 2);
          const kind = rnd() < 0.05 ? 'adopted' : rnd() < 0.04 ? 'foster' : 'biological';
          links.push({ personId: child.id, kind, ...(group ? { twinGroup: group, twinType: rnd() < 0.4 ? 'identical' : 'fraternal' } : {}) });
          if (doc.people.length < people && rnd() < 0.75) {
            const partner = add(child.sex === 'female' ? 'male' : 'female', year + k * 2 + Math.floor(rnd() * 4));
            next.push(child.sex === 'female' ? [partner, child] : [child, partner]);
          }
        }
        if (twin) k++;
      }
      const divorced = rnd() < 0.2;
      const history: Array<{ status: UnionStatus; date: string }> = [{ status: 'married', date: String(year - 3) }];
      if (divorced) history.push({ status: 'divorced', date: String(year + 12) });
      doc.unions.push({ id: `u${doc.unions.length + 1}`, partners: [a.id, b.id], history, children: links });
    }
    couples = next;
  }
  return doc;
}
