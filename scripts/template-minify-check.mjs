// The build-time minifier of Lit templates (scripts/minify-lit-templates.mjs): what it removes,
// what it must never touch, and, over every real template in src/, that it keeps the lines and
// changes nothing but whitespace and CSS comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { minifyLitTemplates, minifyCssParts, minifyHtmlParts } from './minify-lit-templates.mjs';

test('css: comments and indentation go, newlines stay, values keep their spaces', () => {
  const [out] = minifyCssParts(['\n  /* why */\n  :host {\n    display: block;   color: var(--x, red);\n    width: calc(100% - 2px);\n  }\n']);
  assert.equal(out, '\n\n:host{\ndisplay:block;color:var(--x,red);\nwidth:calc(100% - 2px);\n}\n');
});

test('css: strings, escapes and a selector combinator next to an expression are kept', () => {
  const out = minifyCssParts(['.a ', ' .b , .c > .d:hover { content: "  a  /* no */ "; quotes: \'\\2014  \' }']);
  assert.deepEqual(out, ['.a ', ' .b,.c > .d:hover{content:"  a  /* no */ ";quotes:\'\\2014  \'}']);
  // `a :hover` (any descendant that is hovered) differs from `a:hover`.
  assert.equal(minifyCssParts(['a :hover { }'])[0], 'a :hover{}');
  assert.deepEqual(minifyCssParts([':host { top: ', 'px; }']), [':host{top:', 'px;}']);
});

test('html: whitespace between and inside tags collapses, attribute values and text words stay', () => {
  const out = minifyHtmlParts(['\n  <div class="a   b"\n       title=\'x  y\'\n       @click=', '>\n    <span>Hello   ', '</span>\n  </div>\n']);
  assert.deepEqual(out, ['\n<div class="a   b"\ntitle=\'x  y\'\n@click=', '>\n<span>Hello ', '</span>\n</div>\n']);
});

test('html: <pre>, <textarea>, <style>, <script> and comments are left alone', () => {
  const source = '<pre>  a\n    b  </pre>  <textarea>\n  x  </textarea> <style>\n a { }</style><!--  keep   me  -->';
  assert.equal(minifyHtmlParts([source])[0], '<pre>  a\n    b  </pre> <textarea>\n  x  </textarea> <style>\n a { }</style><!--  keep   me  -->');
  // The state carries across expressions: a value or a <pre> that holds one stays whole.
  assert.deepEqual(minifyHtmlParts(['<pre>  ', '  </pre>   <p title="  ', '  ">']), ['<pre>  ', '  </pre> <p title="  ', '  ">']);
});

test('only css``, html`` and svg`` templates change; strings, comments and other tags do not', () => {
  const code = [
    "import { css, html, svg } from 'lit';",
    'const plain = `  a   b  `;',
    'const text = "html`  <a>   </a>  `";',
    '// html`  <b>  </b>  `',
    'const other = String.raw`  c   d  `;',
    'const t = html`  <g>  ${svg`  <circle   r="1"/>  `}  </g>  `;',
    'const s = css   `  :host {  }  `;',
  ].join('\n');
  const out = minifyLitTemplates(code, 'x.ts');
  const lines = out.split('\n');
  assert.deepEqual(lines.slice(0, 5), code.split('\n').slice(0, 5));
  assert.equal(lines[5], 'const t = html` <g> ${svg` <circle r="1"/> `} </g> `;');
  assert.equal(lines[6], 'const s = css   `:host{}`;');
});

/** Every Lit template in a module, as [tag, parts]. */
function templates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html', 'svg'].includes(node.tag.text)) {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t.rawText] : [t.head.rawText, ...t.templateSpans.map((s) => s.literal.rawText)];
      found.push([node.tag.text, parts]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('every template in src/: same lines, same expressions, only whitespace (and CSS comments) differ', () => {
  let count = 0;
  let saved = 0;
  for (const file of sourceFiles('src')) {
    const code = readFileSync(file, 'utf8');
    const out = minifyLitTemplates(code, file);
    saved += code.length - out.length;
    assert.equal(out.split('\n').length, code.split('\n').length, `${file} keeps its line count`);
    const before = templates(code, file);
    const after = templates(out, file);
    assert.equal(after.length, before.length, `${file} keeps its templates`);
    before.forEach(([tag, parts], i) => {
      count++;
      assert.equal(after[i][1].length, parts.length, `${file}: template ${i} keeps its expressions`);
      // Rendering-equivalent: with every run of whitespace made one space (and CSS comments
      // and the whitespace CSS allows to drop removed), the texts are the same.
      const squash = (text) =>
        tag === 'css'
          ? text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':').trim()
          : text.replace(/[ \t\n\r\f]+/g, ' ');
      assert.deepEqual(after[i][1].map(squash), parts.map(squash), `${file}: template ${i} changes only whitespace`);
    });
  }
  assert.ok(count > 300, `found the library's templates (${count})`);
  assert.ok(saved > 20_000, `saves characters (${saved})`);
});
