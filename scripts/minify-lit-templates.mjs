// Minifies the text of Lit's css``, html`` and svg`` tagged templates at build time: the one
// transform behind the npm build (a step after tsc over dist/), the CDN build (a vite plugin)
// and `npm run size` (an esbuild plugin). A JavaScript minifier never touches template text,
// and the elements' styles and markup are written indented for people.
//
// What it does, and why it is safe:
// - css``: strips comments, collapses whitespace, drops it around `{ } ; ,` and after `:`.
//   Strings ("…", '…'), escapes and the text next to a `${…}` are kept as they are (a space
//   next to an interpolated selector can be a descendant combinator).
// - html``/svg``: a run of whitespace becomes one space, or as many newlines as it held.
//   That renders the same under `white-space` normal, nowrap and pre-line; text content and
//   attribute values are otherwise untouched, quoted attribute values and comments entirely;
//   <pre>, <textarea>, <script> and <style> are left alone (there whitespace is content).
// - Newlines are kept everywhere, so every line keeps its number and source maps stay right
//   to the line (columns after a template on its closing line may shift).
// Templates are found with the TypeScript parser, so strings, comments, regular expressions
// and nested templates in `${…}` never confuse it.
import ts from 'typescript';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TAGS = new Set(['css', 'html', 'svg']);
const SPACE = /[ \t\n\r\f]/;
const RAW_ELEMENTS = ['pre', 'textarea', 'script', 'style'];

/** One run of whitespace: as many newlines as it held, else one space. */
function collapse(run) {
  const newlines = run.replace(/\r\n?/g, '\n').split('\n').length - 1;
  return newlines ? '\n'.repeat(newlines) : ' ';
}

/** Reads a run of whitespace starting at `i`. */
function spaceRun(text, i) {
  let end = i;
  while (end < text.length && SPACE.test(text[end])) end++;
  return end;
}

/**
 * Minifies the literal parts of one css`` template (the texts between `${…}`); returns the
 * new parts. A comment or string that spans an expression is left as it is.
 */
export function minifyCssParts(parts) {
  let quote = '';
  return parts.map((text, index) => {
    // 1. Tokens: whitespace (comments count as whitespace) and everything else.
    const tokens = [];
    const push = (space, value) => {
      const last = tokens[tokens.length - 1];
      if (last && last.space === space) last.value += value;
      else tokens.push({ space, value });
    };
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') {
        push(false, text.slice(i, i + 2));
        i += 2;
      } else if (quote) {
        push(false, c);
        if (c === quote) quote = '';
        i++;
      } else if (c === '"' || c === "'") {
        quote = c;
        push(false, c);
        i++;
      } else if (c === '/' && text[i + 1] === '*' && text.indexOf('*/', i + 2) >= 0) {
        const end = text.indexOf('*/', i + 2) + 2;
        push(true, text.slice(i, end).replace(/[^\n]/g, ' '));
        i = end;
      } else if (SPACE.test(c)) {
        const end = spaceRun(text, i);
        push(true, text.slice(i, end));
        i = end;
      } else {
        push(false, c);
        i++;
      }
    }
    // 2. Whitespace: dropped at the template's ends, before `{ } ; ,` and after `{ } ; , :`;
    //    else one space. Next to an expression it stays (it may be a descendant combinator).
    //    Its newlines always stay.
    const first = index === 0;
    const last = index === parts.length - 1;
    return tokens
      .map((token, t) => {
        if (!token.space) return token.value;
        const lines = collapse(token.value);
        const newlines = lines === ' ' ? '' : lines;
        const before = tokens[t - 1]?.value.slice(-1);
        const after = tokens[t + 1]?.value[0];
        const atEdge = (before === undefined && first) || (after === undefined && last);
        const droppable = atEdge || '{};,'.includes(after ?? '@') || '{};,:'.includes(before ?? '@');
        return droppable ? newlines : lines;
      })
      .join('');
  });
}

/**
 * Minifies the literal parts of one html`` or svg`` template; returns the new parts.
 * The state (text, inside a tag, in a quoted value, in a comment, in a raw element) carries
 * across expressions, as Lit's own parser sees the joined template.
 */
export function minifyHtmlParts(parts) {
  let state = 'text';
  let quote = '';
  let raw = '';
  let tagName = '';
  return parts.map((text) => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') {
        out += text.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (state === 'comment') {
        const end = text.indexOf('-->', i);
        if (end < 0) {
          out += text.slice(i);
          break;
        }
        out += text.slice(i, end + 3);
        i = end + 3;
        state = 'text';
      } else if (state === 'raw') {
        const close = text.toLowerCase().indexOf(`</${raw}`, i);
        if (close < 0) {
          out += text.slice(i);
          break;
        }
        out += text.slice(i, close);
        i = close;
        state = 'text';
      } else if (state === 'value') {
        out += c;
        if (c === quote) state = 'tag';
        i++;
      } else if (SPACE.test(c)) {
        const end = spaceRun(text, i);
        out += collapse(text.slice(i, end));
        i = end;
      } else if (state === 'tag') {
        out += c;
        i++;
        if (c === '"' || c === "'") {
          state = 'value';
          quote = c;
        } else if (c === '>') {
          state = RAW_ELEMENTS.includes(tagName) ? 'raw' : 'text';
          raw = tagName;
        }
      } else if (c === '<' && text.startsWith('<!--', i)) {
        state = 'comment';
        out += '<!--';
        i += 4;
      } else if (c === '<' && /[a-zA-Z/!]/.test(text[i + 1] ?? '')) {
        const name = /^<([a-zA-Z][\w-]*)/.exec(text.slice(i));
        tagName = name ? name[1].toLowerCase() : '';
        state = 'tag';
        out += c;
        i++;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  });
}

/** The literal parts of a template node, each as [start, end] offsets of its raw text. */
function partRanges(template, source) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(source) + 1, template.end - 1]];
  const ranges = [[template.head.getStart(source) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    const tail = ts.isTemplateTail(literal);
    ranges.push([literal.getStart(source) + 1, literal.end - (tail ? 1 : 2)]);
  }
  return ranges;
}

/**
 * Minifies every css``, html`` and svg`` template in a module's source (TypeScript or
 * JavaScript). Returns the source unchanged when it has none.
 */
export function minifyLitTemplates(code, fileName = 'module.ts') {
  if (!/\b(css|html|svg)\s*`/.test(code)) return code;
  const kind = /\.[cm]?[jt]sx$/.test(fileName) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const ranges = partRanges(node.template, source);
      const parts = ranges.map(([start, end]) => code.slice(start, end));
      const next = node.tag.text === 'css' ? minifyCssParts(parts) : minifyHtmlParts(parts);
      ranges.forEach(([start, end], index) => {
        if (next[index] !== parts[index]) edits.push([start, end, next[index]]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  edits.sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const OWN_SOURCE = /[\\/]src[\\/].*\.ts$/;

/** esbuild plugin (npm run size): minifies the templates of the library's own sources. */
export function litTemplatesEsbuildPlugin() {
  return {
    name: 'minify-lit-templates',
    setup(build) {
      build.onLoad({ filter: OWN_SOURCE }, (args) => {
        if (args.path.includes('node_modules')) return undefined;
        return { contents: minifyLitTemplates(readFileSync(args.path, 'utf8'), args.path), loader: 'ts' };
      });
    },
  };
}

/** Vite/Rollup plugin (the CDN build). Lines are kept, so the source map stays valid (`map: null`). */
export function litTemplatesVitePlugin() {
  return {
    name: 'minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!OWN_SOURCE.test(path) || path.includes('node_modules')) return null;
      const next = minifyLitTemplates(code, path);
      return next === code ? null : { code: next, map: null };
    },
  };
}

/** Rewrites every .js file under `dir` in place (the npm build, after tsc); skips `cdn/`. */
export function minifyDirectory(dir) {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'cdn') changed += minifyDirectory(path);
    } else if (name.endsWith('.js')) {
      const code = readFileSync(path, 'utf8');
      const next = minifyLitTemplates(code, path);
      if (next !== code) {
        writeFileSync(path, next);
        changed++;
      }
    }
  }
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  console.log(`minify-lit-templates: ${minifyDirectory(dir)} files in ${dir}/ rewritten`);
}
