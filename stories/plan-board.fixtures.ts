/**
 * A made-up plan for stories, demo shots and tests of `<plan-board>`: Daan (14) and the
 * people around him after a network meeting. Every name is invented. `extra` adds that many
 * more agreements (for the long-plan story); `samplePlan(32)` gives 40 agreements.
 */
import { createEmptyNetwork } from '../src/model/empty.js';
import { AGREEMENT_STATUSES, type Agreement, type CareNetwork, type Person } from '../src/model/types.js';

const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({ id, kind: 'person', name, ...extra });

export function samplePlan(extra = 0): CareNetwork {
  const doc = createEmptyNetwork({ id: 'daan', name: 'Daan', role: 'cliënt' });
  doc.id = 'plan-daan';
  doc.people.push(
    person('linda', 'Linda (mama)', { role: 'moeder', sector: 'family' }),
    person('marco', 'Marco (papa)', { role: 'vader', sector: 'family' }),
    person('joke', 'Oma Joke', { role: 'oma', sector: 'family' }),
    person('ahmed', 'Ahmed', { role: 'buurman', sector: 'society' }),
    person('kim', 'Kim', { role: 'trainer voetbal', sector: 'society' }),
    person('mentor', 'Mevr. Bakker', { role: 'mentor school', sector: 'professionals', professional: true }),
    person('jb', 'Sandra Visser', { role: 'jeugdbeschermer', sector: 'professionals', professional: true }),
  );
  doc.plan.questions = [
    { id: 'q-school', text: 'Hoe blijf ik elke dag naar school gaan?' },
    { id: 'q-mama', text: 'Wie helpt mama als het even te veel is?' },
    { id: 'q-papa', text: 'Hoe houd ik contact met papa?' },
  ];
  doc.plan.conditions = [
    {
      id: 'c-safe',
      text: 'Daan slaapt niet bij papa zolang de behandeling niet klaar is.',
      agency: 'Jeugdbescherming',
      meaning: 'Afspreken met papa mag overdag, op een plek die iedereen kent.',
    },
    { id: 'c-school', text: 'Daan gaat elke schooldag naar school.', agency: 'Leerplichtambtenaar' },
  ];
  const a = (
    id: string,
    questionId: string,
    what: string,
    who: string[],
    more: Partial<Agreement> = {},
  ): Agreement => ({ id, questionId, what, who, status: 'not-started', ...more });
  doc.plan.agreements = [
    a('a-wake', 'q-school', 'Daan wakker bellen op maandag en dinsdag', ['joke'], {
      when: { text: 'maandag en dinsdag om 7.15 uur' },
      how: 'Met de telefoon; als Daan niet opneemt belt oma mama.',
      status: 'in-progress',
      reviewDate: '2026-12-15',
      conditionId: 'c-school',
    }),
    a('a-bike', 'q-school', 'Samen fietsen naar school', ['ahmed', 'daan'], {
      where: 'Vanaf de hoek van de straat',
      when: { date: '2026-11-02', until: '2027-01-31', text: 'elke ochtend' },
      status: 'in-progress',
    }),
    a('a-mentor', 'q-school', 'Elke week kort bijpraten met de mentor', ['mentor', 'daan'], {
      when: { text: 'vrijdag na het 3e uur' },
      reviewDate: '2027-01-20',
    }),
    a('a-cook', 'q-mama', 'Op woensdag koken voor het gezin', ['joke'], { when: { text: 'elke woensdag' }, status: 'done' }),
    a('a-break', 'q-mama', 'Mama een middag per week vrij geven', ['joke', 'kim'], {
      how: 'Daan gaat na de training mee naar Kim of naar oma.',
      status: 'paused',
      notes: 'Even gestopt tot na de kerstvakantie.',
    }),
    a('a-call', 'q-mama', 'Bellen als het thuis te druk wordt', ['linda', 'joke'], { how: 'Mama belt oma; oma komt langs of belt Ahmed.' }),
    a('a-visit', 'q-papa', 'Op zaterdag samen naar de voetbalwedstrijd', ['marco', 'daan'], {
      where: 'Sportpark De Linde',
      when: { text: 'om de week op zaterdag' },
      conditionId: 'c-safe',
      status: 'in-progress',
      reviewDate: '2026-12-12',
    }),
    a('a-check', 'q-papa', 'Nagaan of de afspraken met papa veilig gaan', ['jb'], { reviewDate: '2027-01' }),
  ];
  doc.plan.coreTeam = { members: ['daan', 'linda', 'joke', 'ahmed'], chairId: 'joke' };
  doc.plan.meetings = [
    {
      id: 'm-1',
      date: '2026-11-10',
      goesWell: 'Daan was elke dag op school. Het fietsen met Ahmed gaat goed.',
      needsAttention: 'Oma doet veel. Kim kan vaker helpen.',
      planChanges: 'Vrije middag voor mama even gestopt.',
    },
  ];
  doc.plan.reviewDate = '2027-02-01';
  doc.strategies = [{ id: 's-kim', kind: 'activeren', personId: 'kim', status: 'planned', agreementId: 'a-break' }];
  const whoPool = ['joke', 'ahmed', 'kim', 'linda', 'marco', 'daan', 'mentor'];
  for (let i = 0; i < extra; i++) {
    const q = doc.plan.questions[i % 3].id;
    doc.plan.agreements.push(
      a(`a-x${i}`, q, `Extra afspraak ${i + 1}: ${['boodschappen doen', 'samen sporten', 'huiswerk nakijken', 'oppassen', 'vervoer regelen'][i % 5]}`, [
        whoPool[i % whoPool.length],
        ...(i % 4 === 0 ? [whoPool[(i + 3) % whoPool.length]] : []),
      ], { status: AGREEMENT_STATUSES[i % AGREEMENT_STATUSES.length] }),
    );
  }
  return doc;
}
