import { downloadFile, exportFileName } from '../src/base/export.js';
import { parseNetwork, serializeNetwork } from '../src/model/json.js';
import { importGedcom, exportGedcom } from '../src/io/index.js';
import type { CareNetwork } from '../src/model/types.js';

export type ImportResult = { ok: true; doc: CareNetwork } | { ok: false; errors: string[] };

const titleOf = (doc: CareNetwork) => doc.people.find((p) => p.id === doc.egoId)?.name || 'netwerk';
const lang = () => (document.documentElement.lang.startsWith('nl') ? 'nl' : 'en');

export function exportJson(doc: CareNetwork): void {
  downloadFile(serializeNetwork(doc), exportFileName(titleOf(doc), 'json'), 'application/json');
}

export function exportGedcomFile(doc: CareNetwork): void {
  downloadFile(exportGedcom(doc, { version: '7.0' }), exportFileName(titleOf(doc), 'ged'), 'text/vnd.familysearch.gedcom');
}

/**
 * Reads a JSON document or a GEDCOM file. GEDCOM problems of severity `error` mean some data
 * was set aside: the user is asked before the readable part is used.
 */
export async function importFile(file: File, acceptProblems: (count: number) => boolean): Promise<ImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.ged$/i.test(file.name)) {
    const result = importGedcom(bytes);
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (errors.length && !acceptProblems(errors.length)) {
      return { ok: false, errors: errors.slice(0, 5).map((p) => `${p.line ? `line ${p.line}: ` : ''}${p.messages[lang()]}`) };
    }
    return { ok: true, doc: result.network };
  }
  const parsed = parseNetwork(new TextDecoder().decode(bytes));
  return parsed.ok && parsed.doc
    ? { ok: true, doc: parsed.doc }
    : { ok: false, errors: parsed.errors.map((e) => e.messages[lang()]) };
}
