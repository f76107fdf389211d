// Runs the io entry point in a module worker: no window, no document, no DOMParser — like Node.
import { exportGedcom, importGedcom } from '../../src/io/index.js';

self.onmessage = (event: MessageEvent<string>) => {
  try {
    const result = importGedcom(event.data);
    postMessage({
      names: result.network.people.map((p) => p.name),
      text: exportGedcom(result.network),
      globals: { window: typeof (globalThis as { window?: unknown }).window, document: typeof (globalThis as { document?: unknown }).document },
    });
  } catch (error) {
    postMessage({ error: String(error) });
  }
};
