import { expect } from '@open-wc/testing';
import { escapeMarkdown, formatPartialDate, formatWhen, planToText, type PlanTextLabels } from '../../src/io/plan-text.js';
import { samplePlan } from '../../stories/plan-board.fixtures.js';

const labels: PlanTextLabels = {
  title: 'Plan of {name}',
  personalTitle: 'Agreements of {name}',
  conditions: 'Conditions',
  agency: 'Set by',
  meaning: 'Meaning',
  noQuestions: 'No questions',
  noAgreements: 'No agreements',
  who: 'Who',
  where: 'Where',
  when: 'When',
  how: 'How',
  status: 'Status',
  review: 'Review',
  notes: 'Notes',
  condition: 'Condition',
  coreTeam: 'Core team',
  chair: 'chair',
  meetings: 'Meetings',
  goesWell: 'Goes well',
  needsAttention: 'Needs attention',
  planChanges: 'Changes',
  nextReview: 'Next review',
  professional: 'professional',
  client: 'client',
  unnamed: 'No name',
  until: 'until {date}',
  statuses: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', paused: 'Paused', stopped: 'Stopped' },
};

describe('plan as Markdown and text', () => {
  it('writes the whole plan as Markdown', () => {
    const md = planToText(samplePlan(), { labels, today: '2026-12-01' });
    expect(md.startsWith('# Plan of Daan\n')).to.equal(true);
    expect(md).to.include('Next review: 2026-12-12');
    expect(md).to.include('## Conditions');
    expect(md).to.include('## 1. Hoe blijf ik elke dag naar school gaan?');
    expect(md).to.include('### Samen fietsen naar school');
    expect(md).to.include('- **Who:** Ahmed, Daan (client)');
    expect(md).to.include('- **When:** 2026-11-02 – 2027-01-31, elke ochtend');
    expect(md).to.include('- **Who:** Sandra Visser (professional)');
    expect(md).to.include('- **Condition:** Daan gaat elke schooldag naar school.');
    expect(md).to.include('- Oma Joke — chair');
    expect(md).to.include('## Meetings');
    expect(md.endsWith('\n')).to.equal(true);
  });

  it('writes a personal version with only that person’s agreements', () => {
    const text = planToText(samplePlan(), { labels, personId: 'ahmed', format: 'text', today: '2026-12-01' });
    expect(text.split('\n')[0]).to.equal('Agreements of Ahmed');
    expect(text.split('\n')[1]).to.match(/^=+$/);
    expect(text).to.include('Samen fietsen naar school');
    expect(text).not.to.include('Op woensdag koken');
    expect(text).not.to.include('Hoe houd ik contact met papa?');
    expect(text).not.to.include('**');
  });

  it('keeps user text literal in Markdown', () => {
    expect(escapeMarkdown('# not a heading *or* [link](x)')).to.equal('\\# not a heading \\*or\\* \\[link\\](x)');
    const doc = samplePlan();
    doc.plan.questions[0].text = '*Belangrijk* <b>';
    expect(planToText(doc, { labels })).to.include('## 1. \\*Belangrijk\\* \\<b\\>');
  });

  it('formats partial dates and periods', () => {
    expect(formatPartialDate('2026', 'nl')).to.equal('2026');
    expect(formatPartialDate('2026-03', 'en')).to.equal('March 2026');
    expect(formatPartialDate('2026-03-04', 'nl')).to.equal('4 maart 2026');
    expect(formatPartialDate('soon', 'nl')).to.equal('soon');
    expect(formatWhen({ until: '2026-05-01' }, labels)).to.equal('until 2026-05-01');
    expect(formatWhen({ text: 'elke woensdag' }, labels)).to.equal('elke woensdag');
    expect(formatWhen(undefined, labels)).to.equal('');
  });
});
