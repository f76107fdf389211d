/**
 * Record identifiers: GEDCOM xrefs become document ids (`@I12@` → `I12`), upper-cased and
 * limited to A–Z, 0–9 and `_` as 7.0 requires, so ids survive a 7.0 export unchanged.
 * Duplicates get a suffix; pointers resolve exactly first, then ignoring case (with a warning).
 */
import type { ProblemList } from './problems.js';

export class XrefTable {
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string>();
  private readonly used = new Set<string>();
  /** Next suffix to try per base, so a file with thousands of equal xrefs stays linear. */
  private readonly nextSuffix = new Map<string, number>();

  /** Registers a record; returns its id (a new one when the xref was already used). */
  add(xref: string | undefined, line: number, problems: ProblemList): string {
    const base = normalise(xref ?? '') || 'X';
    const id = this.unique(base);
    if (xref === undefined) return id;
    if (this.exact.has(xref)) {
      problems.add('duplicate-xref', line, { xref: `@${xref}@`, id });
      return id;
    }
    this.exact.set(xref, id);
    if (!this.folded.has(xref.toUpperCase())) this.folded.set(xref.toUpperCase(), id);
    return id;
  }

  /** A fresh id that no record uses (placeholders, ties). */
  unique(base: string): string {
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}_${n++}`;
    this.nextSuffix.set(base, n);
    this.used.add(id);
    return id;
  }

  /** The id a pointer refers to, or undefined when no record has that xref. */
  resolve(xref: string, line: number | undefined, problems: ProblemList | undefined): string | undefined {
    const id = this.exact.get(xref);
    if (id !== undefined) return id;
    const folded = this.folded.get(xref.toUpperCase());
    if (folded !== undefined && problems) problems.add('xref-case', line, { xref: `@${xref}@` });
    return folded;
  }

  /** For pointers inside kept structures: the id, or the xref's normal form when it dangles. */
  ref(xref: string): string {
    if (xref === 'VOID') return 'VOID';
    return this.resolve(xref, undefined, undefined) ?? normalise(xref);
  }
}

export function normalise(xref: string): string {
  return xref.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
