/**
 * Runs the genogram's long jobs (layout of a big family, reading a GEDCOM file) in a worker so
 * the page never freezes. Where no worker can start (no Worker, a policy that forbids it, a
 * bundler that did not copy the file), the same job runs on the main thread after a yield: slower
 * to the eye, but the result is the same.
 */
import type { CareNetwork } from '../../model/types.js';
import type { GenogramLayout, GenogramOptions } from '../../layout/types.js';
import type { GedcomImportResult } from '../../io/index.js';
import type { WorkerJob } from './genogram-worker.js';
import { trustedWorker } from '../../base/trusted-worker.js';

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void; job: WorkerJob };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    // Spelled `new Worker(new URL(…, import.meta.url))` on purpose: bundlers find the worker by it.
    const Worker = trustedWorker();
    worker = Worker ? new Worker(new URL('./genogram-worker.js', import.meta.url), { type: 'module' }) : null;
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (e: MessageEvent<{ id: number; result?: unknown; json?: string; error?: string }>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.error !== undefined) p.reject(new Error(e.data.error));
    else p.resolve(e.data.json !== undefined ? JSON.parse(e.data.json) : e.data.result);
  });
  // A worker that cannot load (missing file, policy): stop using it and run what waits here.
  worker?.addEventListener('error', (e) => {
    e.preventDefault();
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) runHere(p.job).then(p.resolve, p.reject);
  });
  return worker;
}

async function runHere(job: WorkerJob): Promise<unknown> {
  await new Promise((r) => setTimeout(r, 0));
  if (job.type === 'layout') return (await import('./genogram-layout.js')).computeLayout(job.doc, job.options);
  return (await import('../../io/index.js')).importGedcom(job.data);
}

type JobInput = WorkerJob extends infer J ? (J extends WorkerJob ? Omit<J, 'id'> : never) : never;

function run<T>(input: JobInput): Promise<T> {
  const job = { ...input, id: nextId++ } as WorkerJob;
  const w = startWorker();
  if (!w) return runHere(job) as Promise<T>;
  return new Promise<T>((resolve, reject) => {
    pending.set(job.id, { resolve: resolve as (v: unknown) => void, reject, job });
    w.postMessage(job);
  });
}

/** The genogram layout of `doc`, computed off the main thread. */
export function layoutOffThread(doc: CareNetwork, options: GenogramOptions): Promise<GenogramLayout> {
  return run<GenogramLayout>({ type: 'layout', doc, options });
}

/** `importGedcom(data)`, computed off the main thread. */
export function importOffThread(data: Uint8Array | string): Promise<GedcomImportResult> {
  return run<GedcomImportResult>({ type: 'import', data });
}
