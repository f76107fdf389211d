import { createEmptyNetwork } from '../../../src/model/empty.js';
import { EMOTIONAL_KINDS, type CareNetwork, type Person } from '../../../src/model/types.js';

const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({ id, kind: 'person', name, sector: 'family', ...extra });

/**
 * A small family that uses every symbol and line kind of the notation: Sanne (the client),
 * her parents, grandparents, a brother, identical and fraternal twins, adopted/foster/step
 * children, pregnancies and their outcomes, a transgender aunt, a nonbinary cousin, four
 * partnership forms, separation and divorce, a household and every emotional relation.
 */
export function notationFamily(): CareNetwork {
  const doc = createEmptyNetwork({ id: 'sanne', name: 'Sanne', sex: 'female', birth: '1990-05-01', sector: 'family' });
  doc.people.push(
    person('ans', 'Ans', { sex: 'female', birth: '1930', death: '2001', healthMarkers: [{ condition: 'diabetes', status: 'diagnosed' }] }),
    person('piet', 'Piet', { sex: 'male', birth: '1928', deceased: true }),
    person('moeder', 'Marja', { sex: 'female', birth: '1960', healthMarkers: [{ condition: 'depressie', status: 'suspected' }, { condition: 'alcohol', status: 'in-recovery' }] }),
    person('vader', 'Henk', { sex: 'male', birth: '1958' }),
    person('tante', 'Lotte', { sex: 'male', gender: 'woman', birth: '1962' }),
    person('oom', 'Bram', { sex: 'female', gender: 'man', birth: '1964' }),
    person('broer', 'Tom', { sex: 'male', birth: '1992' }),
    person('tw1', 'Eva', { sex: 'female', birth: '1995' }),
    person('tw2', 'Iris', { sex: 'female', birth: '1995' }),
    person('tw3', 'Jan', { sex: 'male', birth: '1997' }),
    person('tw4', 'Kim', { sex: 'intersex', birth: '1997' }),
    person('adopt', 'Mei', { gender: 'nonbinary', birth: '1999' }),
    person('pleeg', 'Rik', { birth: '2001' }),
    person('stief', 'Noah', { sex: 'male', birth: '2003' }),
    person('preg', 'Zwangerschap', { pregnancy: 'pregnancy' }),
    person('misk', 'Miskraam', { pregnancy: 'miscarriage', birth: '1994' }),
    person('abor', 'Abortus', { pregnancy: 'abortion', birth: '1996' }),
    person('dood', 'Doodgeboren', { pregnancy: 'stillbirth', sex: 'male', birth: '1998' }),
    person('p1', 'Karel', { sex: 'male', birth: '1988' }),
    person('p2', 'Lies', { sex: 'female', birth: '1989' }),
    person('p3', 'Joost', { sex: 'male', birth: '1987' }),
    person('p4', 'Omar', { sex: 'male', birth: '1991' }),
    person('vriend', 'Fleur', { sex: 'female', sector: 'friends' }),
  );
  doc.unions.push(
    { id: 'u-grand', partners: ['piet', 'ans'], history: [{ status: 'married', date: '1955' }, { status: 'widowed', date: '2001' }], children: [{ personId: 'moeder', kind: 'biological' }, { personId: 'tante', kind: 'biological' }, { personId: 'oom', kind: 'biological' }] },
    {
      id: 'u-parents',
      partners: ['vader', 'moeder'],
      history: [{ status: 'married', date: '1989' }, { status: 'separated', date: '2004' }, { status: 'divorced', date: '2015' }],
      children: [
        { personId: 'sanne', kind: 'biological' },
        { personId: 'broer', kind: 'biological' },
        { personId: 'misk', kind: 'biological' },
        { personId: 'tw1', kind: 'biological', twinGroup: 'g1', twinType: 'identical' },
        { personId: 'tw2', kind: 'biological', twinGroup: 'g1', twinType: 'identical' },
        { personId: 'abor', kind: 'biological' },
        { personId: 'tw3', kind: 'biological', twinGroup: 'g2', twinType: 'fraternal' },
        { personId: 'tw4', kind: 'biological', twinGroup: 'g2', twinType: 'fraternal' },
        { personId: 'dood', kind: 'biological' },
        { personId: 'adopt', kind: 'adopted' },
        { personId: 'pleeg', kind: 'foster' },
      ],
    },
    { id: 'u-sep', partners: ['sanne', 'p1'], history: [{ status: 'cohabiting', date: '2010' }, { status: 'separated', date: '2012' }], children: [] },
    { id: 'u-eng', partners: ['sanne', 'p4'], history: [{ status: 'engaged', date: '2020' }], children: [{ personId: 'preg', kind: 'biological' }] },
    { id: 'u-rel', partners: ['vader', 'p2'], history: [{ status: 'relationship' }], children: [{ personId: 'stief', kind: 'step' }] },
    { id: 'u-broer', partners: ['broer', 'p3'], history: [{ status: 'cohabiting', date: '2016' }], children: [] },
  );
  const pairs: Array<[string, string]> = [
    ['sanne', 'moeder'], ['sanne', 'vader'], ['sanne', 'broer'], ['moeder', 'vader'], ['sanne', 'tw1'], ['moeder', 'tante'],
    ['sanne', 'ans'], ['broer', 'vader'], ['tw1', 'tw2'], ['moeder', 'broer'], ['vader', 'tante'], ['sanne', 'oom'],
    ['p1', 'sanne'], ['moeder', 'sanne'], ['vader', 'broer'], ['oom', 'tante'], ['sanne', 'vriend'],
  ];
  EMOTIONAL_KINDS.forEach((kind, i) => doc.emotionalRelations.push({ id: `e-${kind}`, from: pairs[i][0], to: pairs[i][1], kind }));
  doc.households.push({ id: 'h-home', name: 'Thuis', members: ['sanne', 'p4'] });
  return doc;
}
