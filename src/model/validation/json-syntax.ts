/**
 * Finds where a JSON text goes wrong and says so in plain words, with line and column.
 *
 * Browsers word (and place) `JSON.parse` errors differently, and some give no position at all,
 * so after JSON.parse fails we scan the text ourselves. The scanner is iterative (an explicit
 * stack), so deeply nested input cannot overflow the call stack.
 */

export type JsonProblem =
  | 'value'
  | 'key'
  | 'colon'
  | 'comma-or-object-end'
  | 'comma-or-list-end'
  | 'end'
  | 'string-end'
  | 'escape'
  | 'control-character'
  | 'digit'
  | 'empty';

export interface JsonSyntaxIssue {
  /** Offset in UTF-16 code units. */
  index: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters (code points) as editors show it. */
  column: number;
  problem: JsonProblem;
  /** The character found there, or undefined at the end of the text. */
  found?: string;
}

const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** Line and column (1-based, in code points) of an offset. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      column = 1;
    } else if (c === 0x0d) {
      // \r\n counts once; a lone \r is a line break too.
      if (text.charCodeAt(i + 1) !== 0x0a) {
        line++;
        column = 1;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) {
      // Second half of a surrogate pair: the same character.
    } else {
      column++;
    }
  }
  return { line, column };
}

/** The first syntax problem in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxIssue(text: string): JsonSyntaxIssue | undefined {
  const fail = (index: number, problem: JsonProblem): JsonSyntaxIssue => {
    const found = index < text.length ? String.fromCodePoint(text.codePointAt(index) as number) : undefined;
    return { index, ...lineColumn(text, index), problem, found };
  };
  const n = text.length;
  let i = 0;
  const skip = (): void => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  const stack: Array<'object' | 'list'> = [];
  type State = 'value' | 'value-or-list-end' | 'key-or-object-end' | 'key' | 'colon' | 'after';
  let state: State = 'value';

  skip();
  if (i >= n) return fail(i, 'empty');
  for (;;) {
    skip();
    const c = text.charCodeAt(i);
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (!top) return i < n ? fail(i, 'end') : undefined;
      if (c === 0x2c) {
        i++;
        state = top === 'object' ? 'key' : 'value';
      } else if ((top === 'object' && c === 0x7d) || (top === 'list' && c === 0x5d)) {
        i++;
        stack.pop();
      } else return fail(i, top === 'object' ? 'comma-or-object-end' : 'comma-or-list-end');
      continue;
    }
    if (state === 'colon') {
      if (c !== 0x3a) return fail(i, 'colon');
      i++;
      state = 'value';
      continue;
    }
    if (state === 'key-or-object-end' && c === 0x7d) {
      i++;
      stack.pop();
      state = 'after';
      continue;
    }
    if (state === 'value-or-list-end' && c === 0x5d) {
      i++;
      stack.pop();
      state = 'after';
      continue;
    }
    if (state === 'key' || state === 'key-or-object-end') {
      if (c !== 0x22) return fail(i, 'key');
      const issue = scanString();
      if (issue) return issue;
      state = 'colon';
      continue;
    }
    // A value.
    if (c === 0x7b) {
      i++;
      stack.push('object');
      state = 'key-or-object-end';
    } else if (c === 0x5b) {
      i++;
      stack.push('list');
      state = 'value-or-list-end';
    } else if (c === 0x22) {
      const issue = scanString();
      if (issue) return issue;
      state = 'after';
    } else if (c === 0x2d || isDigit(c)) {
      const issue = scanNumber();
      if (issue) return issue;
      state = 'after';
    } else {
      const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : '';
      if (!word) return fail(i, 'value');
      for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return fail(i, 'value');
      state = 'after';
    }
  }

  function scanString(): JsonSyntaxIssue | undefined {
    i++; // opening quote
    for (;;) {
      if (i >= n) return fail(i, 'string-end');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return fail(i, 'control-character');
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return fail(i + k, 'escape');
          i += 6;
        } else if ('"\\/bfnrt'.includes(text[i + 1] ?? 'x')) i += 2;
        else return fail(i + 1, 'escape');
        continue;
      }
      i++;
    }
  }

  function scanNumber(): JsonSyntaxIssue | undefined {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return fail(i, 'digit');
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return fail(i, 'digit');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const s = text.charCodeAt(i);
      if (s === 0x2b || s === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return fail(i, 'digit');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return undefined;
  }
}
