import { expect } from '@open-wc/testing';
import { ged } from './gedcom-helpers.js';

/** Follows the (compiled) imports of a module served by the test server. */
async function moduleGraph(entry: string): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = [new URL(entry, location.origin).href];
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    const source = await (await fetch(url)).text();
    seen.set(url, source);
    for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1] ?? m[2];
      if (!spec.startsWith('.') && !spec.startsWith('/')) {
        seen.set(`bare:${spec}`, '');
        continue;
      }
      queue.push(new URL(spec, url).href);
    }
  }
  return seen;
}

describe('care-network-elements/io is DOM-free', () => {
  it('imports only model and io modules, and uses no DOM or network API', async () => {
    const graph = await moduleGraph('/src/io/index.ts');
    const files = [...graph.keys()];
    expect(files.filter((f) => f.startsWith('bare:')), 'no packages (no lit)').to.deep.equal([]);
    for (const f of files) expect(new URL(f).pathname, f).to.match(/^\/src\/(io|model)\//);
    for (const [file, source] of graph) {
      expect(source, file).not.to.match(/\b(window|document|navigator|localStorage|sessionStorage|customElements)\s*[.[(]/);
      expect(source, file).not.to.match(/\bnew\s+(DOMParser|XMLSerializer|XMLHttpRequest|Worker|WebSocket)\b|\bfetch\s*\(/);
      for (const m of source.matchAll(/new\s+TextDecoder\(\s*['"]([^'"]+)['"]/g)) expect(['utf-8', 'utf-16le'], file).to.include(m[1]);
    }
    expect(files.length).to.be.greaterThan(8);
  });

  it('runs in a worker, where there is no window or document', async () => {
    const worker = new Worker(new URL('./io-worker.ts', import.meta.url), { type: 'module' });
    const reply = await new Promise<{ names?: string[]; text?: string; error?: string; globals?: Record<string, string> }>((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage(ged(['0 @I1@ INDI', '1 NAME Anne /Brontë/', '1 SEX F']));
    });
    worker.terminate();
    expect(reply.error).to.equal(undefined);
    expect(reply.globals).to.deep.equal({ window: 'undefined', document: 'undefined' });
    expect(reply.names).to.deep.equal(['Anne Brontë']);
    expect(reply.text).to.contain('1 NAME Anne /Brontë/');
  });
});
