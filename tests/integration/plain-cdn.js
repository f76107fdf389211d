// Plain JavaScript, no build step: set a network, make an edit through the shared store,
// and record the change event the host receives.
customElements.whenDefined('care-network').then(() => {
const net = document.getElementById('net');
const result = { events: [] };
net.addEventListener('care-network-change', (e) => result.events.push(e.detail.change.type));
net.network = {
  schema: '1.0.0', egoId: 'c', people: [{ id: 'c', kind: 'person', name: 'Sanne' }], ties: [], unions: [],
  emotionalRelations: [], households: [], strategies: [], layout: {},
  plan: { questions: [], agreements: [], conditions: [], coreTeam: { members: [] }, meetings: [] },
};
net.store.apply((doc) => ({
  doc: { ...doc, people: [...doc.people, { id: 'p2', kind: 'person', name: 'Oma' }] },
  change: { type: 'person-add', ids: ['p2'] },
}));
result.people = net.network.people.map((p) => p.name);
result.tags = ['care-network', 'network-circles', 'eco-gram', 'genogram-editor', 'plan-board', 'radio-checklist'].filter((t) => customElements.get(t));
window.__result = result;
});
