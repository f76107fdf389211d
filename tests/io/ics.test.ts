import { expect } from '@open-wc/testing';
import { escapeText, foldLine, planToIcs, toIcs, type PlanCalendarLabels } from '../../src/io/ics.js';
import { samplePlan } from '../../stories/plan-board.fixtures.js';

const labels: PlanCalendarLabels = {
  planReview: 'Review of the plan of {name}',
  agreementReview: 'Review: {what}',
  meeting: 'Core team meeting',
  who: 'Who',
  goesWell: 'Goes well',
  needsAttention: 'Needs attention',
  planChanges: 'Changes',
  unnamed: 'No name',
};

const octets = (s: string) => new TextEncoder().encode(s).length;

/** A small RFC 5545 reader: checks line ends and folding, unfolds, and returns the components. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(/[^\r]\n/.test(text), 'no bare LF').to.equal(false);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(octets(line), `line "${line}"`).to.be.at.most(75);
  const lines = text.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
  const stack: Array<{ name: string; props: Array<{ name: string; params: string; value: string }> }> = [];
  const done: typeof stack = [];
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(m, `content line "${line}"`).to.not.equal(null);
    const [, name, params, value] = m!;
    if (name === 'BEGIN') stack.push({ name: value, props: [] });
    else if (name === 'END') {
      const c = stack.pop()!;
      expect(c.name).to.equal(value);
      done.push(c);
    } else stack[stack.length - 1].props.push({ name, params, value });
  }
  expect(stack).to.have.length(0);
  return done;
}

const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const prop = (c: { props: Array<{ name: string; params: string; value: string }> }, name: string) => c.props.find((p) => p.name === name);

describe('plan calendar (.ics)', () => {
  it('exports review dates and meetings as valid all-day events', () => {
    const doc = samplePlan();
    const now = new Date(Date.UTC(2026, 10, 22, 9, 30, 5));
    const { ics, count, skipped } = planToIcs(doc, labels, { now, calendarName: 'Plan van Daan' });
    const components = parseIcs(ics);
    const calendar = components.find((c) => c.name === 'VCALENDAR')!;
    expect(prop(calendar, 'VERSION')!.value).to.equal('2.0');
    expect(prop(calendar, 'PRODID')).to.exist;
    const events = components.filter((c) => c.name === 'VEVENT');
    // Plan review, three agreement reviews with a day, one meeting; the month-only review is left out.
    expect(count).to.equal(5);
    expect(events).to.have.length(5);
    expect(skipped).to.deep.equal(['a-check']);
    const uids = events.map((e) => prop(e, 'UID')!.value);
    expect(new Set(uids).size).to.equal(5);
    for (const e of events) {
      expect(prop(e, 'DTSTAMP')!.value).to.equal('20261122T093005Z');
      expect(prop(e, 'DTSTART')!.params).to.equal(';VALUE=DATE');
      expect(prop(e, 'DTSTART')!.value).to.match(/^\d{8}$/);
      expect(prop(e, 'DTEND')!.params).to.equal(';VALUE=DATE');
      expect(Number(prop(e, 'DTEND')!.value)).to.be.greaterThan(Number(prop(e, 'DTSTART')!.value));
    }
    const visit = events.find((e) => prop(e, 'UID')!.value.includes('a-visit'))!;
    expect(unescape(prop(visit, 'SUMMARY')!.value)).to.equal('Review: Op zaterdag samen naar de voetbalwedstrijd');
    expect(prop(visit, 'DTSTART')!.value).to.equal('20261212');
    expect(prop(visit, 'DTEND')!.value).to.equal('20261213');
    const meeting = events.find((e) => prop(e, 'UID')!.value.includes('m-1'))!;
    // Long descriptions were folded and come back whole, with their line breaks and commas.
    expect(unescape(prop(meeting, 'DESCRIPTION')!.value)).to.equal(
      [
        'Goes well: Daan was elke dag op school. Het fietsen met Ahmed gaat goed.',
        'Needs attention: Oma doet veel. Kim kan vaker helpen.',
        'Changes: Vrije middag voor mama even gestopt.',
      ].join('\n'),
    );
    // Stable UIDs: exporting again gives the same ids, so agenda apps update instead of doubling.
    expect(parseIcs(planToIcs(doc, labels).ics).filter((c) => c.name === 'VEVENT').map((e) => prop(e, 'UID')!.value)).to.deep.equal(uids);
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'é'.repeat(60)}${'😀'.repeat(10)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
    const ics = toIcs([{ uid: 'x@y', date: '2026-12-31', summary: 'Oud, nieuw; feest\\', description: 'regel 1\nregel 2' }]);
    const ev = parseIcs(ics).find((c) => c.name === 'VEVENT')!;
    expect(unescape(prop(ev, 'SUMMARY')!.value)).to.equal('Oud, nieuw; feest\\');
    expect(prop(ev, 'DTEND')!.value).to.equal('20270101');
  });

  it('makes an empty but valid calendar for a plan without dates', () => {
    const doc = samplePlan();
    const bare = { ...doc, plan: { ...doc.plan, reviewDate: undefined, meetings: [], agreements: [] } };
    const { ics, count } = planToIcs(bare, labels);
    expect(count).to.equal(0);
    expect(parseIcs(ics).map((c) => c.name)).to.deep.equal(['VCALENDAR']);
  });
});
