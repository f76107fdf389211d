import { createEmptyNetwork } from '../../src/model/empty.js';
import type { CareNetwork, ChildLink, Person, Sex, Union } from '../../src/model/types.js';

/**
 * A tiny builder for hand-made families in tests: `p('anna', 'female', '1950')`,
 * `u('u1', ['bram', 'anna'], ['carla', 'dirk'], '1975')`. Builds the document directly so tests
 * can also make malformed families (loops) that the operations refuse.
 */
export class FamilyBuilder {
  readonly doc: CareNetwork = createEmptyNetwork({ id: 'client', name: 'Client' });

  p(id: string, sex: Sex = 'unknown', birth?: string, extra: Partial<Person> = {}): this {
    if (id === 'client') Object.assign(this.doc.people[0], { sex, birth, ...extra });
    else this.doc.people.push({ id, kind: 'person', name: id, sex, birth, ...extra });
    return this;
  }

  u(id: string, partners: string[], children: Array<string | ChildLink> = [], date?: string, divorced = false): this {
    const union: Union = {
      id,
      partners,
      history: divorced ? [{ status: 'married', date }, { status: 'divorced' }] : [{ status: 'married', date }],
      children: children.map((c) => (typeof c === 'string' ? { personId: c, kind: 'biological' } : c)),
    };
    this.doc.unions.push(union);
    return this;
  }
}
