// From custom-elements.json: JSX types for the tags (React 19 / TSX users) and VS Code custom
// data for HTML and CSS, written into dist/ by `npm run build`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, modulePath: m.path })))
  .filter((d) => d.customElement && d.tagName);

const doc = (text) => (text ? `/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n        ` : '');
/** Simple property types are kept; anything that names the library's own types becomes unknown. */
const propType = (text) =>
  text && /^(string|number|boolean|'[^']*')( \| (string|number|boolean|undefined|null|'[^']*'))*$/.test(text.trim()) ? text.trim() : 'unknown';

const jsx = [];
jsx.push('// Generated from custom-elements.json by scripts/generate-editor-data.mjs. Do not edit.');
jsx.push('/// <reference path="./index.d.ts" />');
jsx.push("import type { CareNetwork } from './model/types.js';");
jsx.push('/** The typed event of a tag, from HTMLElementEventMap where the library declares it. */');
jsx.push('type EventOf<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : CustomEvent;');
jsx.push('type Base<T> = import("react").DetailedHTMLProps<import("react").HTMLAttributes<T>, T>;');
jsx.push('interface CareElementProps<T> extends Base<T> {');
jsx.push('  network?: CareNetwork;');
jsx.push('  readonly?: boolean;');
jsx.push('  lang?: string;');
jsx.push('}');
jsx.push("declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {");
for (const el of elements) {
  const events = (el.events ?? []).map(
    (e) => `${doc(e.description)}'on${e.name}'?: (event: EventOf<'${e.name}'>) => void;`,
  );
  const props = (el.members ?? [])
    .filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.readonly && m.name !== 'network' && m.name !== 'readonly')
    .map((m) => `${doc(m.description)}${m.name}?: ${propType(m.type?.text)};`);
  jsx.push(`      ${doc(el.summary ?? el.description)}'${el.tagName}': CareElementProps<HTMLElement> & {\n        ${[...props, ...events].join('\n        ')}\n      };`);
}
jsx.push('    }\n  }\n}\nexport {};\n');

const html = {
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: el.summary ?? el.description ?? '',
    attributes: (el.attributes ?? []).map((a) => ({ name: a.name, description: a.description ?? '' })),
  })),
};
const cssProperties = new Map();
for (const el of elements) for (const p of el.cssProperties ?? []) cssProperties.set(p.name, p.description ?? '');
const css = {
  version: 1.1,
  properties: [...cssProperties].map(([name, description]) => ({ name, description })),
  pseudoElements: elements.flatMap((el) => (el.cssParts ?? []).map((p) => ({ name: `${el.tagName}::part(${p.name})`, description: p.description ?? '' }))),
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/jsx.d.ts', jsx.join('\n'));
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(html, null, 2) + '\n');
writeFileSync('dist/vscode.css-custom-data.json', JSON.stringify(css, null, 2) + '\n');
console.log(`editor data: ${elements.length} elements, ${cssProperties.size} CSS properties`);
