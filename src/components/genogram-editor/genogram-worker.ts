/**
 * The genogram's worker: the two jobs that take too long for the main thread in big families,
 * the layout (hundreds of milliseconds for 1,000 people) and reading a GEDCOM file. Both are
 * DOM-free; each job loads its code the first time it is asked for.
 */
import type { CareNetwork } from '../../model/types.js';
import type { GenogramOptions } from '../../layout/types.js';

export type WorkerJob =
  | { id: number; type: 'layout'; doc: CareNetwork; options: GenogramOptions }
  | { id: number; type: 'import'; data: Uint8Array | string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerJob>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = async (event) => {
  const job = event.data;
  try {
    if (job.type === 'layout') {
      const { computeLayout } = await import('./genogram-layout.js');
      scope.postMessage({ id: job.id, result: computeLayout(job.doc, job.options) });
    } else {
      const { importGedcom } = await import('../../io/index.js');
      // As JSON text: the main thread parses that several times faster than it reads a
      // structured clone of thousands of people.
      scope.postMessage({ id: job.id, json: JSON.stringify(importGedcom(job.data)) });
    }
  } catch (error) {
    scope.postMessage({ id: job.id, error: String((error as Error)?.message ?? error) });
  }
};
