import { expect } from '@open-wc/testing';
import { suggestStrategies, suggestionKey, SUGGESTION_RULES, SUGGESTION_RULE_INFO } from '../../src/model/strategy-suggestions.js';
import { addStrategy, dismissSuggestion, restoreSuggestion } from '../../src/model/operations/index.js';
import { fullNetwork, radioDoc } from './radio-doc.js';

const kindsFor = (doc: Parameters<typeof suggestStrategies>[0], personId?: string) =>
  suggestStrategies(doc)
    .filter((s) => s.personId === personId)
    .map((s) => s.kind)
    .sort();

describe('strategy suggestions (model)', () => {
  it('suggests Reanimeren for a positive tie with rare contact, and says why', () => {
    const doc = radioDoc([...fullNetwork, { id: 'oma', name: 'Oma Jans', sector: 'family' }], [
      { to: 'oma', valuation: 'positive', quality: 'normal', contactFrequency: 'rarely' },
    ]);
    const [s] = suggestStrategies(doc).filter((x) => x.personId === 'oma');
    expect(s.kind).to.equal('reanimeren');
    expect(s.key).to.equal('reanimeren:oma');
    expect(s.reasons[0].rule).to.equal('faded-contact');
    expect(s.reasons[0].tieId).to.equal('t1');
    expect(s.reasons[0].text.nl).to.equal('het contact met Oma Jans fijn is, maar Sanne en Oma Jans elkaar zelden zien');
    expect(s.reasons[0].text.en).to.contain('rarely');
  });

  it('does not suggest Reanimeren when the rare contact is not valued as good', () => {
    const doc = radioDoc([...fullNetwork, { id: 'oom', sector: 'family' }], [
      { to: 'oom', valuation: 'neutral', quality: 'normal', contactFrequency: 'rarely' },
    ]);
    expect(kindsFor(doc, 'oom')).to.deep.equal([]);
  });

  it('suggests Deblokkeren for stressful and conflict ties, also with professionals', () => {
    const doc = radioDoc(
      [...fullNetwork, { id: 'school', kind: 'organisation', professional: true, sector: 'society' }, { id: 'broer', sector: 'family' }],
      [
        { to: 'school', quality: 'stressful' },
        { to: 'broer', quality: 'conflict', valuation: 'negative' },
      ],
    );
    expect(kindsFor(doc, 'school')).to.deep.equal(['deblokkeren']);
    expect(kindsFor(doc, 'broer')).to.deep.equal(['deblokkeren']);
    const broer = suggestStrategies(doc).find((s) => s.personId === 'broer')!;
    expect(broer.reasons[0].text.nl).to.contain('onenigheid');
  });

  it('suggests Deblokkeren for a conflict or cut-off recorded in the genogram', () => {
    const doc = {
      ...radioDoc([...fullNetwork, { id: 'tante', sector: 'family' }], []),
      emotionalRelations: [{ id: 'e1', from: 'tante', to: 'client', kind: 'cutoff' as const }],
    };
    const s = suggestStrategies(doc).find((x) => x.personId === 'tante')!;
    expect(s.kind).to.equal('deblokkeren');
    expect(s.reasons[0].rule).to.equal('emotional-conflict');
  });

  it('suggests Onderhouden for a strong tie with frequent contact', () => {
    const doc = radioDoc(fullNetwork, [
      { to: 'f1', quality: 'strong', contactFrequency: 'daily', support: ['emotional'], flow: 'both' },
    ]);
    expect(kindsFor(doc, 'f1')).to.deep.equal(['onderhouden']);
  });

  it('suggests Activeren when support goes one way, and Intensiveren for a regular good tie without emotional support', () => {
    const doc = radioDoc(fullNetwork, [
      { to: 'v1', valuation: 'positive', quality: 'normal', contactFrequency: 'monthly', support: ['practical'], reciprocity: 'one-way' },
    ]);
    expect(kindsFor(doc, 'v1')).to.deep.equal(['activeren', 'intensiveren']);
  });

  it('suggests Activeren for a close good tie with no support recorded', () => {
    const doc = radioDoc(fullNetwork, [{ to: 'v2', valuation: 'positive', closeness: 1, support: [] }]);
    const s = suggestStrategies(doc).find((x) => x.personId === 'v2')!;
    expect(s.kind).to.equal('activeren');
    expect(s.reasons[0].rule).to.equal('close-not-involved');
  });

  it('sees a carer with a heavy load: Onderhouden for them, Uitbreiden for the network', () => {
    const doc = radioDoc(fullNetwork, [
      { from: 'f1', to: 'client', contactFrequency: 'daily', support: ['practical', 'emotional', 'material'], flow: 'to' },
    ]);
    expect(kindsFor(doc, 'f1')).to.deep.equal(['onderhouden']);
    const network = suggestStrategies(doc).find((s) => !s.personId)!;
    expect(network.kind).to.equal('uitbreiden');
    expect(network.reasons.map((r) => r.rule)).to.deep.equal(['carer-alone']);
    expect(network.reasons[0].text.nl).to.contain('Mama veel van de zorg voor Sanne draagt');
  });

  it('suggests Uitbreiden for a small informal network, empty sectors and a mostly professional network', () => {
    const doc = radioDoc(
      [
        { id: 'mama', sector: 'family' },
        { id: 'ggz', professional: true },
        { id: 'huisarts', professional: true },
      ],
      [],
    );
    const network = suggestStrategies(doc).find((s) => !s.personId)!;
    expect(network.key).to.equal('uitbreiden:network');
    expect(network.reasons.map((r) => r.rule)).to.deep.equal(['small-network', 'mostly-professional', 'empty-sector']);
    expect(network.reasons[2].text.nl).to.equal('er bij vrienden en buren, werk en school nog niemand staat');
    expect(network.reasons[0].text.en).to.equal('the informal network is small: one person besides professionals');
  });

  it('starts an empty network with one plain Uitbreiden suggestion', () => {
    const doc = radioDoc([], []);
    const all = suggestStrategies(doc);
    expect(all).to.have.length(1);
    expect(all[0].reasons.map((r) => r.rule)).to.deep.equal(['small-network']);
    expect(all[0].reasons[0].text.nl).to.equal('er nog niemand uit het eigen netwerk in de kaart staat');
  });

  it('keeps quiet about a large, balanced network', () => {
    expect(suggestStrategies(radioDoc(fullNetwork, []))).to.deep.equal([]);
  });

  it('makes no suggestion for a person with whom the client has an unsafe relation', () => {
    const doc = {
      ...radioDoc([...fullNetwork, { id: 'vader', sector: 'family' }], [
        { to: 'vader', valuation: 'positive', contactFrequency: 'never', quality: 'broken' },
      ]),
      emotionalRelations: [{ id: 'e1', from: 'vader', to: 'client', kind: 'physical-abuse' as const }],
    };
    expect(kindsFor(doc, 'vader')).to.deep.equal([]);
  });

  it('makes no suggestion for deceased people', () => {
    const doc = radioDoc([...fullNetwork, { id: 'opa', deceased: true, sector: 'family' }], [
      { to: 'opa', valuation: 'positive', contactFrequency: 'never' },
    ]);
    expect(kindsFor(doc, 'opa')).to.deep.equal([]);
  });

  it('disappears when acted on: a strategy of that kind for that person, by person or by tie', () => {
    const base = radioDoc([...fullNetwork, { id: 'oma', sector: 'family' }], [
      { to: 'oma', valuation: 'positive', contactFrequency: 'yearly' },
    ]);
    expect(kindsFor(base, 'oma')).to.deep.equal(['reanimeren']);
    const byPerson = addStrategy(base, { kind: 'reanimeren', personId: 'oma', status: 'idea' }).doc;
    expect(kindsFor(byPerson, 'oma')).to.deep.equal([]);
    const byTie = addStrategy(base, { kind: 'reanimeren', tieId: 't1', status: 'idea' }).doc;
    expect(kindsFor(byTie, 'oma')).to.deep.equal([]);
    // Another kind for the same person does not count as acting on it.
    const other = addStrategy(base, { kind: 'onderhouden', personId: 'oma', status: 'idea' }).doc;
    expect(kindsFor(other, 'oma')).to.deep.equal(['reanimeren']);
  });

  it('any Uitbreiden strategy acts on the network-level suggestion', () => {
    const base = radioDoc([], []);
    expect(suggestStrategies(base)).to.have.length(1);
    expect(suggestStrategies(addStrategy(base, { kind: 'uitbreiden', status: 'idea' }).doc)).to.deep.equal([]);
  });

  it('disappears when dismissed, stays in the document, and comes back when restored', () => {
    const base = radioDoc([], []);
    const key = suggestionKey('uitbreiden');
    const dismissed = dismissSuggestion(base, key, '2026-11-22');
    expect(dismissed.change.type).to.equal('suggestion-dismiss');
    expect(dismissed.doc.dismissedSuggestions).to.deep.equal([{ key, date: '2026-11-22' }]);
    expect(suggestStrategies(dismissed.doc)).to.deep.equal([]);
    expect(suggestStrategies(dismissed.doc, { includeDismissed: true })).to.have.length(1);
    // Dismissing twice keeps one entry and leaves the document as it was.
    expect(dismissSuggestion(dismissed.doc, key).doc).to.equal(dismissed.doc);
    const restored = restoreSuggestion(dismissed.doc, key);
    expect(suggestStrategies(restored.doc)).to.have.length(1);
    expect(base.dismissedSuggestions).to.equal(undefined);
  });

  it('documents every rule with a kind and a plain explanation in both languages', () => {
    for (const rule of SUGGESTION_RULES) {
      expect(SUGGESTION_RULE_INFO[rule].when.nl, rule).to.be.a('string').and.not.empty;
      expect(SUGGESTION_RULE_INFO[rule].when.en, rule).to.be.a('string').and.not.empty;
    }
  });
});

describe('dismissed suggestions in the document (validation)', () => {
  it('accepts a list of {key, date} and refuses a malformed one with a clear path', async () => {
    const { validateNetwork } = await import('../../src/model/validate.js');
    const ok = dismissSuggestion(radioDoc([], []), 'uitbreiden:network', '2026-11-22').doc;
    expect(validateNetwork(ok).ok).to.equal(true);
    const bad = { ...ok, dismissedSuggestions: [{ date: '2026-02-30' }] };
    const result = validateNetwork(bad);
    expect(result.ok).to.equal(false);
    expect(result.errors.map((e) => e.path)).to.include.members(['dismissedSuggestions[0].key', 'dismissedSuggestions[0].date']);
  });
});
