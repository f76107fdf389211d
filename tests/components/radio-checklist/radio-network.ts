import { createEmptyNetwork } from '../../../src/model/empty.js';
import type { CareNetwork, Person, Tie } from '../../../src/model/types.js';

/**
 * A small network for the checklist's tests, shots and stories: Sanne (the client) with ties
 * that trigger each kind of suggestion, one strategy already chosen, a plan question.
 */
export function radioNetwork(): CareNetwork {
  const base = createEmptyNetwork({ name: 'Sanne', role: 'cliënt' });
  const people: Person[] = [
    { id: 'mama', kind: 'person', name: 'Mama Ingrid', role: 'moeder', sector: 'family' },
    { id: 'oma', kind: 'person', name: 'Oma Jans', role: 'oma', sector: 'family' },
    { id: 'broer', kind: 'person', name: 'Kevin', role: 'broer', sector: 'family' },
    { id: 'lotte', kind: 'person', name: 'Lotte', role: 'vriendin', sector: 'friends' },
    { id: 'els', kind: 'person', name: 'Buurvrouw Els', role: 'buurvrouw', sector: 'society' },
    { id: 'coach', kind: 'person', name: 'Mark de Vries', role: 'ambulant begeleider', sector: 'professionals', professional: true },
  ];
  const ties: Tie[] = [
    { id: 't-mama', from: 'mama', to: 'client', closeness: 1, quality: 'strong', contactFrequency: 'daily', support: ['practical', 'emotional', 'material'], flow: 'to', valuation: 'positive' },
    { id: 't-oma', from: 'client', to: 'oma', closeness: 2, quality: 'normal', contactFrequency: 'rarely', valuation: 'positive' },
    { id: 't-broer', from: 'client', to: 'broer', closeness: 2, quality: 'conflict', contactFrequency: 'monthly', valuation: 'negative' },
    { id: 't-lotte', from: 'client', to: 'lotte', closeness: 2, quality: 'strong', contactFrequency: 'weekly', valuation: 'positive', support: ['emotional', 'companionship'], flow: 'both' },
    { id: 't-els', from: 'client', to: 'els', closeness: 3, quality: 'normal', contactFrequency: 'weekly', valuation: 'positive', support: ['practical'] },
    { id: 't-coach', from: 'coach', to: 'client', closeness: 3, quality: 'normal', contactFrequency: 'weekly', support: ['informational'] },
  ];
  return {
    ...base,
    title: 'Netwerk van Sanne',
    people: [...base.people, ...people],
    ties,
    plan: { ...base.plan, questions: [{ id: 'q-contact', text: 'Hoe krijg ik meer mensen om me heen?' }] },
    strategies: [{ id: 's-els', kind: 'intensiveren', personId: 'els', status: 'planned', note: 'Samen koffie op woensdag' }],
  };
}
