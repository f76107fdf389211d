/**
 * Text → a tree of GEDCOM lines. Handles CR, LF and CRLF; leading whitespace (allowed since
 * 5.5.5 "for readability"); CONC/CONT joined into their parent's value; `@@` escapes by the
 * file's version (5.x: everywhere; 7.0: only a leading `@@`); pointers `@X@`. Every limit is
 * checked while reading so a hostile file cannot make it hang; skipped lines are reported
 * with their line numbers and the lines under a skipped line are skipped with it.
 */
import type { ProblemList } from './problems.js';

export interface ParsedNode {
  tag: string;
  /** Record identifier without the `@`s (level 0 only). */
  xref?: string;
  /** The payload with escapes resolved and CONC/CONT joined. */
  value?: string;
  /** The payload when it is a pointer, without the `@`s. */
  pointer?: string;
  /** 1-based line number. */
  line: number;
  level: number;
  children: ParsedNode[];
}

export interface LineLimits {
  maxLines: number;
  maxLineLength: number;
  /** Deepest level accepted (GEDCOM allows 99). */
  maxLevel: number;
}

export interface ParsedFile {
  records: ParsedNode[];
  /** GEDC.VERS from the header, e.g. `5.5.1` or `7.0`. */
  version?: string;
  hasHeader: boolean;
  hasTrailer: boolean;
  /** Lines that were read as GEDCOM lines (not skipped). */
  goodLines: number;
}

const LINE = /^(@[^@]+@[ \t]+)?([A-Za-z0-9_]+)(?:[ \t]([^]*))?$/;
const POINTER = /^@[^@#][^@]*@$/;

function unescape(value: string, v7: boolean): string {
  if (v7) return value.startsWith('@@') ? value.slice(1) : value;
  return value.includes('@@') ? value.replace(/@@/g, '@') : value;
}

export function parseLines(text: string, limits: LineLimits, problems: ProblemList): ParsedFile {
  const out: ParsedFile = { records: [], hasHeader: false, hasTrailer: false, goodLines: 0 };
  const stack: ParsedNode[] = [];
  let v7 = false;
  let skipping = -1; // level of a skipped line whose children are skipped too; -1 when not skipping
  let afterTrailerReported = false;
  // Lines written under a CONC/CONT (a vendor quirk) are moved up one level to its parent.
  let continuationLevel = -1;
  let shiftAbove = -1;
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let lineNo = 0;
  while (start <= text.length) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    let raw = text.slice(start, end);
    start = m ? m.index + m[0].length : text.length + 1;
    lineNo++;
    if (lineNo > limits.maxLines) {
      problems.add('too-many-lines', lineNo, { limit: limits.maxLines });
      break;
    }
    if (raw.length > limits.maxLineLength) {
      problems.add('line-too-long', lineNo, { length: raw.length, limit: limits.maxLineLength });
      raw = raw.slice(0, limits.maxLineLength);
    }
    const trimmed = raw.replace(/^[ \t\uFEFF]+/, '');
    if (!trimmed.trim()) {
      // The very last "line" after a final newline is not a blank line.
      if (m || raw.length) problems.add('blank-line', lineNo);
      continue;
    }
    const levelMatch = /^\d+/.exec(trimmed);
    if (!levelMatch) {
      problems.add('bad-line', lineNo, { text: trimmed.slice(0, 40) });
      continue;
    }
    let level = levelMatch[0].length > 4 ? Number.MAX_SAFE_INTEGER : Number(levelMatch[0]);
    if (skipping >= 0 && level > skipping) continue;
    if (continuationLevel >= 0 && level === continuationLevel + 1) {
      problems.add('under-continuation', lineNo);
      shiftAbove = continuationLevel;
    }
    continuationLevel = -1;
    if (shiftAbove >= 0) {
      if (level > shiftAbove) level -= 1;
      else shiftAbove = -1;
    }
    skipping = -1;
    if (level > limits.maxLevel) {
      problems.add('too-deep', lineNo, { level: levelMatch[0].slice(0, 12), limit: limits.maxLevel });
      skipping = level;
      continue;
    }
    const rest = trimmed.slice(levelMatch[0].length);
    const parts = /^[ \t]+/.test(rest) ? LINE.exec(rest.replace(/^[ \t]+/, '')) : null;
    if (!parts) {
      problems.add('bad-line', lineNo, { text: trimmed.slice(0, 40) });
      skipping = level;
      continue;
    }
    if (level > stack.length) {
      problems.add('level-jump', lineNo, { level, previous: stack.length - 1 });
      skipping = level;
      continue;
    }
    const [, xrefPart, tag, payload] = parts;
    stack.length = level;
    const parent = stack[level - 1];
    if (tag === 'CONC' || tag === 'CONT') {
      if (!parent) {
        problems.add('orphan-continuation', lineNo, { tag });
        continue;
      }
      const piece = unescape(payload ?? '', v7);
      parent.value = (parent.value ?? parent.pointer ?? '') + (tag === 'CONT' ? '\n' : '') + piece;
      delete parent.pointer;
      out.goodLines++;
      continuationLevel = level;
      continue;
    }
    const node: ParsedNode = { tag, line: lineNo, level, children: [] };
    if (xrefPart) node.xref = xrefPart.trim().slice(1, -1);
    if (payload !== undefined && payload !== '') {
      if (POINTER.test(payload)) node.pointer = payload.slice(1, -1);
      else node.value = unescape(payload, v7);
    }
    out.goodLines++;
    if (level === 0) {
      if (out.hasTrailer && !afterTrailerReported) {
        problems.add('after-trailer', lineNo);
        afterTrailerReported = true;
      }
      if (tag === 'HEAD' && out.records.length === 0) out.hasHeader = true;
      if (tag === 'TRLR') {
        out.hasTrailer = true;
        continue;
      }
      out.records.push(node);
    } else {
      parent.children.push(node);
      // The version decides how `@@` is read in every later line.
      if (tag === 'VERS' && level === 2 && parent.tag === 'GEDC' && stack[0]?.tag === 'HEAD') {
        out.version = node.value?.trim();
        v7 = /^7(\.|$)/.test(out.version ?? '');
      }
    }
    stack.push(node);
  }
  return out;
}
