/**
 * The on-screen key: every symbol and line kind with a small sample drawn by the same code
 * as the genogram and its words. By default it lists what the drawing uses; `full` shows the
 * whole notation (for teaching, or a blank poster).
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { CHILD_KINDS, EMOTIONAL_KINDS, type CareNetwork, type Person } from '../../model/types.js';
import { personSymbol, symbolDefs, symbolKind, symbolWords } from './genogram-symbols.js';
import { BOND_DASH, CHILD_DASH, bondForm, bracketsPath, relationStrokes, relationTone, slashPath, type BondForm } from './genogram-lines.js';
import { currentStatus } from './family-graph.js';
import type { GenogramKey, Words } from './genogram-labels.js';
import { LEGEND_SYMBOL } from './genogram-drawing.js';

interface Entry {
  id: string;
  sample: SVGTemplateResult;
  text: string;
}

const S = LEGEND_SYMBOL;
const HEALTH_STATUSES = ['diagnosed', 'suspected', 'in-recovery'] as const;
const sample = (p: Partial<Person>, client = false, age?: number) =>
  personSymbol({ id: 'x', kind: 'person', name: '', ...p }, { size: S, client, age });

const PERSON_SAMPLES: Array<{ id: string; person: Partial<Person>; key: GenogramKey; client?: boolean }> = [
  { id: 'male', person: { sex: 'male' }, key: 'symMale' },
  { id: 'female', person: { sex: 'female' }, key: 'symFemale' },
  { id: 'nonbinary', person: { gender: 'nonbinary' }, key: 'symNonbinary' },
  { id: 'trans-woman', person: { sex: 'male', gender: 'woman' }, key: 'symTransWoman' },
  { id: 'trans-man', person: { sex: 'female', gender: 'man' }, key: 'symTransMan' },
  { id: 'intersex', person: { sex: 'intersex' }, key: 'symIntersex' },
  { id: 'unknown', person: {}, key: 'symUnknown' },
  { id: 'client', person: { sex: 'female' }, key: 'symClient', client: true },
  { id: 'deceased', person: { sex: 'male', deceased: true }, key: 'symDeceased' },
  { id: 'pregnancy', person: { pregnancy: 'pregnancy' }, key: 'symPregnancy' },
  { id: 'miscarriage', person: { pregnancy: 'miscarriage' }, key: 'symMiscarriage' },
  { id: 'abortion', person: { pregnancy: 'abortion' }, key: 'symAbortion' },
  { id: 'stillbirth', person: { pregnancy: 'stillbirth', sex: 'male' }, key: 'symStillbirth' },
];

/** Which legend entries the document uses. */
export function usedEntries(doc: CareNetwork): Set<string> {
  const used = new Set<string>();
  for (const p of doc.people) {
    if (p.kind !== 'person') continue;
    const kind = symbolKind(p);
    for (const w of symbolWords(kind)) used.add(PERSON_SAMPLES.find((s) => s.key === w)?.id ?? '');
    if (kind.deceased) used.add('deceased');
    if (p.id === doc.egoId) used.add('client');
    if (p.birth) used.add('age');
    for (const m of p.healthMarkers ?? []) used.add(`health-${m.status ?? 'diagnosed'}`);
  }
  for (const u of doc.unions) {
    if (u.partners.length === 2) used.add(`bond-${bondForm(u)}`);
    const status = currentStatus(u);
    if (status === 'separated' || status === 'divorced' || status === 'widowed') used.add(`status-${status}`);
    for (const c of u.children) {
      used.add(`child-${c.kind}`);
      if (c.twinGroup) used.add(c.twinType === 'identical' ? 'twins-identical' : 'twins');
    }
  }
  for (const r of doc.emotionalRelations) used.add(`emo-${r.kind}`);
  if (doc.households.some((h) => h.members.length)) used.add('household');
  return used;
}

const hline = (dash = ''): SVGTemplateResult =>
  svg`<path class="partner-line" d="M4,14H52" stroke-dasharray=${dash || nothing}></path>`;

export function legendSections(words: Words, conditions: string[]): Array<{ title: string; entries: Entry[] }> {
  const t = words.t;
  const people: Entry[] = PERSON_SAMPLES.map((s) => ({
    id: s.id,
    sample: svg`<g transform="translate(28,16)">${sample(s.person, s.client)}</g>`,
    text: t(s.key),
  }));
  people.push({ id: 'age', sample: svg`<g transform="translate(28,16)">${sample({ sex: 'female' }, false, 42)}</g>`, text: t('symAge') });

  const bonds: BondForm[] = ['married', 'cohabiting', 'engaged', 'relationship'];
  const partners: Entry[] = [
    ...bonds.map((b) => ({ id: `bond-${b}`, sample: hline(BOND_DASH[b]), text: t(`status_${b}` as GenogramKey) })),
    ...(['separated', 'divorced'] as const).map((s) => ({
      id: `status-${s}`,
      sample: svg`${hline()}<path class="slash" d=${slashPath(28, 14, s === 'divorced' ? 2 : 1)}></path>`,
      text: t(`status_${s}`),
    })),
    {
      id: 'status-widowed',
      sample: svg`${hline()}<text class="union-date" x="28" y="9">${t('short_widowed')}</text>`,
      text: t('status_widowed'),
    },
  ];

  const children: Entry[] = CHILD_KINDS.map((k) => ({
    id: `child-${k}`,
    sample: svg`<path class="child-line" d="M28,0V14" stroke-dasharray=${CHILD_DASH[k] || nothing}></path>
      <g transform="translate(28,22) scale(0.5)">${sample({ sex: 'female' })}</g>
      ${k === 'adopted' || k === 'foster' ? svg`<path class="brackets" d=${bracketsPath(28, 22, 6)}></path>` : nothing}`,
    text: t(`child_${k}` as GenogramKey),
  }));
  for (const identical of [false, true]) {
    children.push({
      id: identical ? 'twins-identical' : 'twins',
      sample: svg`<path class="child-line" d="M28,2L16,20M28,2L40,20"></path>
        ${identical ? svg`<path class="twin-bar" d="M22,11H34"></path>` : nothing}
        <g transform="translate(16,24) scale(0.4)">${sample({ sex: 'male' })}</g>
        <g transform="translate(40,24) scale(0.4)">${sample({ sex: 'male' })}</g>`,
      text: t(identical ? 'twinsIdentical' : 'twinsFraternal'),
    });
  }

  const relations: Entry[] = EMOTIONAL_KINDS.map((k) => ({
    id: `emo-${k}`,
    sample: svg`<g class="relation tone-${relationTone(k)}">${relationStrokes(k, { x: 4, y: 14 }, { x: 64, y: 14 }).map(
      (s) => svg`<path class=${s.fill ? 'rel-fill' : 'rel-line'} d=${s.d} stroke-dasharray=${s.dash || nothing}></path>`,
    )}</g>`,
    text: t(`emo_${k}` as GenogramKey),
  }));

  const health: Entry[] = [
    ...conditions.map((c, slot) => ({
      id: `condition-${slot}`,
      sample: svg`<g transform="translate(28,16)">${personSymbol(
        { id: 'x', kind: 'person', name: '', sex: 'female', healthMarkers: [{ condition: c, status: 'diagnosed' }] },
        { size: S, healthSlots: new Map([[c.toLowerCase(), slot]]) },
      )}</g>`,
      text: c,
    })),
    ...HEALTH_STATUSES.map((st) => ({
      id: `health-${st}`,
      sample: svg`<g transform="translate(28,16)">${personSymbol(
        { id: 'x', kind: 'person', name: '', sex: 'male', healthMarkers: [{ condition: '', status: st }] },
        { size: S },
      )}</g>`,
      text: t(`health_${st}` as GenogramKey),
    })),
  ];
  const household: Entry[] = [
    { id: 'household', sample: svg`<rect class="household-line" x="6" y="3" width="44" height="22" rx="6"></rect>`, text: t('legendHousehold') },
  ];
  return [
    { title: t('legendPeople'), entries: people },
    { title: t('legendPartners'), entries: partners },
    { title: t('legendChildren'), entries: children },
    { title: t('legendRelations'), entries: relations },
    { title: t('legendHealth'), entries: health },
    { title: t('legendHousehold'), entries: household },
  ];
}

/** The legend as HTML; `used` limits it to the entries the drawing uses (conditions are always listed). */
export function renderLegend(words: Words, conditions: string[], used: Set<string> | undefined, headingId: string): TemplateResult {
  const sections = legendSections(words, conditions)
    .map((s) => ({ ...s, entries: s.entries.filter((e) => !used || used.has(e.id) || e.id.startsWith('condition-')) }))
    .filter((s) => s.entries.length);
  return html`${sections.map(
    (s, i) => html`<section class="legend-section">
      <h3 id=${`${headingId}-${i}`}>${s.title}</h3>
      <ul aria-labelledby=${`${headingId}-${i}`}>
        ${s.entries.map(
          (e) => html`<li data-legend=${e.id}>
            <svg class="legend-sample" viewBox="0 0 68 32" width="68" height="32" aria-hidden="true">
              <defs>${symbolDefs(S)}</defs>${e.sample}
            </svg>
            <span>${e.text}</span>
          </li>`,
        )}
      </ul>
    </section>`,
  )}`;
}

/**
 * The legend as SVG, for export and print: the used entries in columns under a heading,
 * starting at (x, y) and `width` wide. Returns the template and the height it takes.
 */
export function legendSvg(
  words: Words,
  conditions: string[],
  used: Set<string>,
  title: string,
  x: number,
  y: number,
  width: number,
): { template: SVGTemplateResult; height: number } {
  const entries = legendSections(words, conditions).flatMap((s) =>
    s.entries.filter((e) => used.has(e.id) || e.id.startsWith('condition-')),
  );
  const colWidth = 250;
  const rowHeight = 34;
  const cols = Math.max(1, Math.floor(width / colWidth));
  const rows = Math.ceil(entries.length / cols);
  const template = svg`<g class="export-legend" transform="translate(${x},${y})">
    <text class="legend-title" x="0" y="18">${title}</text>
    ${entries.map((e, i) => {
      const cx = (i % cols) * colWidth;
      const cy = 30 + Math.floor(i / cols) * rowHeight;
      return svg`<g transform="translate(${cx},${cy})">${e.sample}<text class="legend-text" x="76" y="20">${e.text}</text></g>`;
    })}
  </g>`;
  return { template, height: 40 + rows * rowHeight };
}
