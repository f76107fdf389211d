import { downloadFile, exportFileName } from '../src/base/export.js';
import { validateNetwork } from '../src/model/validate.js';
import type { CareNetwork } from '../src/model/types.js';

export type ImportResult = { ok: true; doc: CareNetwork } | { ok: false; errors: string[] };

const titleOf = (doc: CareNetwork) => doc.people.find((p) => p.id === doc.egoId)?.name ?? 'netwerk';

export function exportJson(doc: CareNetwork): void {
  downloadFile(JSON.stringify(doc, null, 2) + '\n', exportFileName(titleOf(doc), 'json'), 'application/json');
}

export function exportGedcomFile(_doc: CareNetwork): void {
  // GEDCOM export arrives with the io layer.
}

/** Reads a JSON document (GEDCOM arrives with the io layer). */
export async function importFile(file: File, _acceptProblems: (count: number) => boolean): Promise<ImportResult> {
  const text = await file.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [String((error as Error).message)] };
  }
  const result = validateNetwork(value);
  return result.ok && result.doc ? { ok: true, doc: result.doc } : { ok: false, errors: result.errors.map((e) => `${e.path}: ${e.message}`) };
}
