/**
 * A tiny validator in which the feed format is written once: each shape checks a value, reports
 * problems by path, and is plain data that a build script can turn into a JSON Schema.
 * (A schema library cost 5 KB gzipped of a 22 KB budget; this costs about one.)
 */

/** One thing wrong in a feed: `events[3].start: not a date-time; entry left out`. */
export interface FeedProblem {
  path: string;
  message: string;
  /** What became of the value: left out with its entry, or ignored on its own. */
  fate?: 'entry left out' | 'value ignored';
}

export const INVALID = Symbol('invalid');
export type Invalid = typeof INVALID;

/** What a shape is, for tools that describe the format (the JSON Schema generator). */
export type ShapeKind =
  | { kind: 'string'; check?: ((value: string) => boolean) | undefined }
  | { kind: 'url'; schemes: readonly string[] }
  | { kind: 'text' }
  | { kind: 'number'; minimumAbove?: number; whole?: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'const'; value: number }
  | { kind: 'list'; item: Shape<unknown> }
  | { kind: 'object'; fields: Record<string, Shape<unknown>>; required: readonly string[] };

export interface Shape<T> {
  readonly meta: ShapeKind;
  /** `base` is the feed document's own URL, against which relative URLs in it are resolved. */
  parse(value: unknown, path: string, problems: FeedProblem[], base?: string): T | Invalid;
  /**
   * The same reading as `parse`, one list item per step, for shapes that hold lists (objects and
   * lists): a long feed can then be read in slices, with the browser's turns between them.
   */
  steps?(value: unknown, path: string, problems: FeedProblem[], base?: string): Steps<T | Invalid>;
}

/** Work done one step at a time: each `next()` does one step; the last returns the result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to their end, at once. */
export function finish<T>(steps: Steps<T>): T {
  let step;
  while (!(step = steps.next()).done);
  return step.value;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function shape<T>(meta: ShapeKind, parse: Shape<T>['parse']): Shape<T> {
  return { meta, parse };
}

/** A shape that holds lists, read step by step; its `parse` takes every step at once. */
export type SteppedShape<T> = Shape<T> & Required<Pick<Shape<T>, 'steps'>>;

function stepped<T>(meta: ShapeKind, steps: SteppedShape<T>['steps']): SteppedShape<T> {
  return { meta, parse: (...args) => finish(steps(...args)), steps };
}

function fail(problems: FeedProblem[], path: string, message: string): Invalid {
  problems.push({ path, message });
  return INVALID;
}

/** Marks the problems reported since `from` with what became of their value. */
function settle(problems: FeedProblem[], from: number, fate: FeedProblem['fate']): void {
  for (let i = from; i < problems.length; i++) problems[i]!.fate ??= fate;
}

/**
 * Non-empty text, trimmed; `check` may ask more of it, with `message` as its complaint. (Schema
 * tools learn what `check` asks from the check itself, so patterns stay out of the bundle.)
 */
export function string(check?: (value: string) => boolean, message = 'not valid'): Shape<string> {
  return shape({ kind: 'string', check }, (value, path, problems) => {
    if (typeof value !== 'string') return fail(problems, path, 'not text');
    const trimmed = value.trim();
    if (!trimmed) return fail(problems, path, 'empty');
    return check && !check(trimmed) ? fail(problems, path, message) : trimmed;
  });
}

/**
 * A URL with one of `schemes` (`https:` …). A relative one (`/img/a.jpg`, `../rsvp`) is resolved
 * against the feed's own URL, as feed readers do; where there is none, or the feed is a local
 * file, it is kept as written, to be resolved where the feed is published. The scheme is checked
 * after resolving, so nothing the URL parser would read as `javascript:` gets through.
 */
export function url(schemes: readonly string[], message: string): Shape<string> {
  const written = string();
  return shape({ kind: 'url', schemes }, (value, path, problems, base) => {
    const trimmed = written.parse(value, path, problems);
    if (trimmed === INVALID) return INVALID;
    const keep = !base || base.startsWith('file:');
    try {
      const resolved = new URL(trimmed, keep ? 'http://x.invalid' : base);
      // a line break kept in a URL would start a line of its own in an .ics file
      // eslint-disable-next-line no-control-regex -- control characters are what it looks for
      if (schemes.includes(resolved.protocol) && !/[\0-\x1f]/.test(trimmed)) return keep ? trimmed : resolved.href;
    } catch {
      // not a URL at all
    }
    return fail(problems, path, message);
  });
}

/** Human-readable text: a string, or an object of language tags, `{"en": "…", "es": "…"}`. */
export type Text = string | Record<string, string>;

export function text(isLanguage: (tag: string) => boolean): Shape<Text> {
  return shape({ kind: 'text' }, (value, path, problems) => {
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (isRecord(value)) {
      const entries = Object.entries(value);
      // a blank language would show readers of it an empty title
      if (
        entries.length &&
        entries.every(([tag, item]) => isLanguage(tag) && typeof item === 'string' && item.trim())
      ) {
        return value as Record<string, string>;
      }
    }
    return fail(problems, path, 'not text, nor an object of languages such as {"en": "…", "es": "…"}');
  });
}

export function number(minimumAbove?: number): Shape<number> {
  return shape({ kind: 'number', minimumAbove }, (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(problems, path, 'not a number');
    return minimumAbove !== undefined && value <= minimumAbove
      ? fail(problems, path, `not above ${minimumAbove}`)
      : value;
  });
}

/** A whole number, 0 or more (how many people fit). */
export const count: Shape<number> = shape({ kind: 'number', minimumAbove: -1, whole: true }, (value, path, problems) =>
  Number.isInteger(value) && (value as number) >= 0
    ? (value as number)
    : fail(problems, path, typeof value === 'number' ? 'not a whole number of 0 or more' : 'not a number'),
);

export const boolean: Shape<boolean> = shape({ kind: 'boolean' }, (value, path, problems) =>
  typeof value === 'boolean' ? value : fail(problems, path, 'not true or false'),
);

export function oneOf<const V extends readonly string[]>(values: V): Shape<V[number]> {
  return shape({ kind: 'enum', values }, (value, path, problems) =>
    values.includes(value as string) ? (value as V[number]) : fail(problems, path, `not one of ${values.join(', ')}`),
  );
}

/** Exactly this number (the feed's `version`). */
export function exactly<const V extends number>(expected: V): Shape<V> {
  return shape({ kind: 'const', value: expected }, (value, path, problems) =>
    value === expected ? expected : fail(problems, path, `not ${expected}`),
  );
}

/**
 * A list whose bad items are left out one by one (`fate` says how). With `unique`, items with an
 * `id` already seen are left out too.
 */
export function list<T>(
  item: Shape<T>,
  fate: FeedProblem['fate'] = 'value ignored',
  unique = false,
): SteppedShape<T[]> {
  return stepped({ kind: 'list', item }, function* (value, path, problems, base) {
    if (!Array.isArray(value)) return fail(problems, path, 'not a list');
    const ids = new Set<unknown>();
    const valid: T[] = [];
    for (let index = 0; index < value.length; index++) {
      const at = `${path}[${index}]`;
      const from = problems.length;
      const element = value[index];
      // scalars are read at once: a step of their own each would cost more than their reading
      let parsed = item.steps
        ? yield* item.steps(element, at, problems, base)
        : item.parse(element, at, problems, base);
      const id = unique && parsed !== INVALID ? (parsed as { id: unknown }).id : undefined;
      if (id !== undefined && ids.has(id)) parsed = fail(problems, `${at}.id`, `"${String(id)}" is used twice`);
      ids.add(id);
      if (parsed === INVALID) settle(problems, from, fate);
      else valid.push(parsed);
      yield;
    }
    return valid;
  });
}

type Fields = Record<string, Shape<unknown>>;
type ObjectOf<F extends Fields, R extends keyof F> = Simplify<
  { [K in R]: Infer<F[K]> } & { [K in Exclude<keyof F, R>]?: Infer<F[K]> }
>;

/**
 * An object of known fields; unknown ones are dropped. A bad required field makes the whole
 * object bad; a bad optional one is ignored on its own. `refine` checks fields against each other.
 */
export function object<F extends Fields, R extends keyof F & string = never>(
  fields: F,
  required: readonly R[] = [],
  refine?: (value: ObjectOf<F, R>, path: string, problems: FeedProblem[]) => ObjectOf<F, R> | Invalid,
): SteppedShape<ObjectOf<F, R>> {
  return stepped({ kind: 'object', fields, required }, function* (value, path, problems, base) {
    if (!isRecord(value)) return fail(problems, path, value === undefined ? 'required' : 'not an object');
    const output: Record<string, unknown> = {};
    let ok = true;
    for (const key in fields) {
      const at = path ? `${path}.${key}` : key;
      const isRequired = (required as readonly string[]).includes(key);
      if (value[key] === undefined) {
        if (isRequired) {
          fail(problems, at, 'required');
          ok = false;
        }
        continue;
      }
      const from = problems.length;
      const field = fields[key]!;
      const parsed = field.steps
        ? yield* field.steps(value[key], at, problems, base)
        : field.parse(value[key], at, problems, base);
      if (parsed !== INVALID) output[key] = parsed;
      else if (isRequired) ok = false;
      else settle(problems, from, 'value ignored');
    }
    if (!ok) return INVALID;
    return refine ? refine(output as ObjectOf<F, R>, path, problems) : (output as ObjectOf<F, R>);
  });
}
