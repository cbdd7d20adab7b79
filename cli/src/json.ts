import { Failure } from './command.js';

// a string holds no raw control character (U+0000–U+001F), as RFC 8259 says
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const SPACE = /[ \t\n\r]*/y;

/**
 * The offset where `text` stops being JSON, found by reading it as RFC 8259 does: V8's messages
 * give no position for an unexpected token (`[1,2,]`), so it cannot come from JSON.parse.
 */
function errorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw new RangeError(String(at));
  };
  const match = (pattern: RegExp): void => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) fail();
    at = pattern.lastIndex;
  };
  const space = () => match(SPACE);
  const expect = (char: string) => (text[at] === char ? at++ : fail());
  const items = (close: string, item: () => void): void => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      item();
      space();
      if (text[at] !== ',') return void expect(close);
      at++;
      space();
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      items('}', () => {
        match(STRING);
        space();
        expect(':');
        value();
      });
    } else if (char === '[') {
      items(']', value);
    } else if (char === '"') {
      match(STRING);
    } else {
      const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, at));
      if (word) at += word.length;
      else match(NUMBER);
    }
  };
  try {
    value();
    space();
  } catch (error) {
    if (error instanceof RangeError) return Number(error.message);
    throw error;
  }
  return at;
}

/** Where the problem found at `offset` is for someone editing the file, and what it is. */
function problemAt(text: string, offset: number): { at: number; what: string } {
  const char = text[offset];
  if (char === undefined) return { at: offset, what: 'the text ends too soon (a missing "}", "]" or closing quote?)' };
  const before = text.slice(0, offset).trimEnd();
  if ((char === '}' || char === ']') && before.endsWith(',')) {
    return { at: before.length - 1, what: `a comma before the closing "${char}": remove it` };
  }
  if (char === '"' && /["\d\]}el]$/.test(before)) return { at: offset, what: 'a missing comma before this' };
  if (char === "'") return { at: offset, what: 'text in single quotes: JSON needs double quotes (")' };
  if (char === '"') {
    return {
      at: offset,
      what: 'a text that does not close on its line (a missing closing quote, or a line break inside it)',
    };
  }
  return { at: offset, what: `unexpected ${JSON.stringify(char)}` };
}

/**
 * JSON text parsed, or a `Failure` naming `source`, the line and column of the problem and what is
 * wrong there (a trailing comma said as such), since "at position 228" is no help to someone
 * editing the file by hand.
 */
export function parseJson(text: string, source: string): unknown {
  // a file saved with a byte-order mark is still JSON
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch {
    const { at, what } = problemAt(json, errorOffset(json));
    const lines = json.slice(0, at).split('\n');
    throw new Failure(`${source}: line ${lines.length}, column ${lines.at(-1)!.length + 1}: not JSON: ${what}`);
  }
}
