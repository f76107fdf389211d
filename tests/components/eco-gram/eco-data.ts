/**
 * Ecomap test data: a household with systems of every category and every line style, and a
 * seeded generator of large ecomaps for the bench. Stories and screenshots use these too.
 */
import { createEmptyNetwork } from '../../../src/model/empty.js';
import type { CareNetwork, Person, Tie } from '../../../src/model/types.js';

/** The Jansen household (mother, two children) and twelve systems around it. */
export function householdEcomap(): CareNetwork {
  const doc = createEmptyNetwork({ id: 'sanne', name: 'Sanne Jansen', gender: 'woman', sex: 'female', birth: '1988' });
  const people: Person[] = [
    ...doc.people,
    { id: 'daan', kind: 'person', name: 'Daan', gender: 'man', sex: 'male', birth: '2012', role: 'zoon' },
    { id: 'lotte', kind: 'person', name: 'Lotte', gender: 'woman', sex: 'female', birth: '2015', role: 'dochter' },
    { id: 'oma', kind: 'person', name: 'Oma Riet', role: 'moeder', sector: 'family' },
    { id: 'mark', kind: 'person', name: 'Mark (ex)', role: 'ex-partner', category: 'family' },
    { id: 'ayse', kind: 'person', name: 'Ayşe', role: 'vriendin', sector: 'friends' },
    { id: 'school', kind: 'organisation', name: 'De Regenboog', role: 'basisschool' },
    { id: 'work', kind: 'organisation', name: 'Albert Heijn', role: 'werkgever' },
    { id: 'gp', kind: 'organisation', name: 'Huisarts De Vries', role: 'huisarts', professional: true },
    { id: 'youth', kind: 'organisation', name: 'Wijkteam Noord', role: 'wijkteam', professional: true },
    { id: 'club', kind: 'organisation', name: 'VV Zwaluwen', role: 'voetbalclub' },
    { id: 'church', kind: 'organisation', name: 'Moskee Al Fath', category: 'faith' },
    { id: 'neighbour', kind: 'person', name: 'Buurvrouw Els', role: 'buurvrouw' },
    { id: 'benefits', kind: 'organisation', name: 'Gemeente (bijstand)', role: 'uitkering', professional: true },
  ];
  const ties: Tie[] = [
    { id: 't-oma', from: 'sanne', to: 'oma', quality: 'strong', flow: 'from' },
    { id: 't-mark', from: 'sanne', to: 'mark', quality: 'broken' },
    { id: 't-mark-daan', from: 'daan', to: 'mark', quality: 'tenuous', stress: true },
    { id: 't-ayse', from: 'sanne', to: 'ayse', quality: 'strong', flow: 'both' },
    { id: 't-school', from: 'lotte', to: 'school', quality: 'normal', flow: 'to' },
    { id: 't-school-daan', from: 'daan', to: 'school', quality: 'stressful', note: 'Veel ruzie in de klas' },
    { id: 't-work', from: 'sanne', to: 'work', quality: 'normal', stress: true, flow: 'to' },
    { id: 't-gp', from: 'gp', to: 'sanne', quality: 'normal', flow: 'to' },
    { id: 't-youth', from: 'sanne', to: 'youth', quality: 'tenuous', flow: 'from' },
    { id: 't-club', from: 'daan', to: 'club', quality: 'strong', flow: 'both' },
    { id: 't-neighbour', from: 'sanne', to: 'neighbour', quality: 'tenuous' },
    { id: 't-benefits', from: 'sanne', to: 'benefits', quality: 'conflict', flow: 'from' },
    { id: 't-oma-ayse', from: 'oma', to: 'ayse', quality: 'normal' },
  ];
  return {
    ...doc,
    people,
    ties,
    households: [{ id: 'h1', name: 'Jansen', members: ['sanne', 'daan', 'lotte'] }],
  };
}

/** A family under pressure: most lines stressful, several broken or tenuous. */
export function stressedFamilyEcomap(): CareNetwork {
  const doc = householdEcomap();
  return {
    ...doc,
    ties: doc.ties.map((t, i) => (i % 4 === 3 ? { ...t, quality: 'broken' } : { ...t, stress: true })),
  };
}

const CATEGORIES = ['family', 'friends', 'school', 'work', 'health', 'services', 'clubs', 'faith', 'neighbourhood', 'income'];
const QUALITIES = ['strong', 'normal', 'tenuous', 'broken'] as const;
const FLOWS = ['none', 'to', 'from', 'both'] as const;

/** A seeded ecomap with `n` systems, every line style, and a few lines between systems. */
export function generatedEcomap(n: number, seed = 1): CareNetwork {
  let s = seed >>> 0 || 1;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const doc = createEmptyNetwork({ id: 'c', name: 'Client', gender: 'woman' });
  const people: Person[] = [...doc.people, { id: 'm2', kind: 'person', name: 'Partner', gender: 'man' }];
  const ties: Tie[] = [];
  for (let i = 0; i < n; i++) {
    const id = `s${i}`;
    people.push({ id, kind: i % 3 ? 'person' : 'organisation', name: `System ${i + 1}`, category: CATEGORIES[i % CATEGORIES.length] });
    ties.push({
      id: `t${i}`,
      from: i % 5 === 0 ? 'm2' : 'c',
      to: id,
      quality: QUALITIES[Math.floor(rand() * 4)],
      stress: rand() < 0.3 || undefined,
      flow: FLOWS[Math.floor(rand() * 4)],
    });
    if (i > 0 && rand() < 0.15) ties.push({ id: `b${i}`, from: id, to: `s${Math.floor(rand() * i)}`, quality: 'normal' });
  }
  return { ...doc, people, ties, households: [{ id: 'h', members: ['c', 'm2'] }] };
}

/** A crowded family under pressure: `n` systems, most lines stressful, a third broken or tenuous. */
export function crowdedStressedEcomap(n = 40): CareNetwork {
  const doc = generatedEcomap(n, 7);
  return { ...doc, ties: doc.ties.map((t, i) => (i % 3 === 2 ? { ...t, quality: i % 2 ? 'broken' : 'tenuous' } : { ...t, stress: true })) };
}
