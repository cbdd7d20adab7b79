import { parse } from 'csv-parse/sync';
import { isTimeZone, parseWallTime } from 'coalition-widgets/feed-format.js';
import { Failure } from '../command.js';
import { readSheetDate } from './sheet-dates.js';
import { compact, slugId, type ListName, type SourceResult, type Sourced } from './sourced.js';

/** One spreadsheet row by normalised column name, with its row number as the spreadsheet shows it. */
interface Row {
  number: number;
  cells: Map<string, string>;
}

/** `Image alt`, `image_alt`, `IMAGE ALT` → `imagealt`; `Title (es)` → `title(es)`. */
const columnKey = (header: string): string => header.toLowerCase().replace(/[\s_-]+/g, '');

/** The columns each kind of sheet may have (docs/keeping-the-feed.md), as the templates name them. */
const NAMES: Record<ListName, string[]> = {
  victories: [
    'id',
    'title',
    'date',
    'summary',
    'link',
    'image',
    'image alt',
    'tags',
    'neighborhood',
    'metric',
    'unit',
    'goal',
  ],
  events: [
    'id',
    'title',
    'start',
    'end',
    'timezone',
    'status',
    'description',
    'neighborhood',
    'tags',
    'location',
    'address',
    'map link',
    'online link',
    'rsvp',
    'speakers',
    'image',
    'image alt',
    'organizer',
    'organizer link',
    'access',
    'access notes',
    'capacity',
    'spots left',
    'recording',
  ],
  speakers: [
    'id',
    'name',
    'pronouns',
    'role',
    'organization',
    'organization link',
    'photo',
    'photo alt',
    'bio',
    'links',
  ],
};

/** The same columns by their normalised names. */
const COLUMNS = Object.fromEntries(
  Object.entries(NAMES).map(([kind, names]) => [kind, names.map(columnKey)]),
) as Record<ListName, string[]>;

/** A header the sheet's kind reads: one of its columns, or a column's Spanish twin (`title (es)`). */
const isKnown = (kind: ListName, key: string): boolean =>
  COLUMNS[kind].includes(key) || (key.endsWith('(es)') && COLUMNS[kind].includes(key.slice(0, -4)));

/**
 * Reads the rows of a CSV document (UTF-8 with or without a BOM, quoted cells with commas and line
 * breaks), and the headers it does not know, as the sheet writes them.
 */
function readRows(text: string, source: string, kind: ListName): { rows: Row[]; unknown: string[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new Failure(`${source}: not a CSV file (${(error as Error).message})`);
  }
  const [header = [], ...body] = records;
  const keys = header.map(columnKey);
  if (!keys.some((key) => COLUMNS[kind].includes(key))) {
    throw new Failure(`${source}: none of the expected columns (${NAMES[kind].join(', ')}) in its first row`);
  }
  const rows = body
    .map((record, index) => ({
      // the spreadsheet's own numbering: the header is row 1
      number: index + 2,
      // a line break inside a cell is one \n, whichever system saved the sheet
      cells: new Map(keys.map((key, column) => [key, record[column]?.trim().replace(/\r\n?/g, '\n') ?? ''])),
    }))
    .filter((row) => [...row.cells.values()].some(Boolean));
  return { rows, unknown: header.filter((name, column) => name && !isKnown(kind, keys[column]!)) };
}

class RowReader {
  /** Cells the entry holds in another form than the sheet's (`3/14/2026` as `2026-03-14`), by field, as written. */
  readonly written: Record<string, string> = {};

  constructor(
    readonly row: Row,
    readonly source: string,
    readonly dayFirst: boolean,
  ) {}

  /**
   * A stable id made from what the row says, else one from its row number: such a row lacks its
   * title (or name) and is left out for that, so its problem is never "id: required".
   */
  id(...parts: (string | undefined)[]): string {
    return this.get('id') ?? (slugId(...parts) || `row-${this.row.number}`);
  }

  /**
   * A date or date-time, a spreadsheet's slashed form (`3/14/2026`, `1/16/2027 10:00:00`) in the
   * feed's; one that cannot be read in the sheet's order stops the build, naming its row.
   */
  date(column: string): string | undefined {
    const text = this.get(column);
    const read = text === undefined ? undefined : readSheetDate(text, this.dayFirst);
    if (!read) return text;
    if ('problem' in read) throw new Failure(`${this.source}: row ${this.row.number}, ${column}: ${read.problem}`);
    this.written[column] = text!;
    return read.value;
  }

  get(column: string): string | undefined {
    return this.row.cells.get(column) || undefined;
  }

  /** Text with its Spanish twin (`title (es)`) as bilingual text. */
  text(column: string): string | Record<string, string> | undefined {
    const en = this.get(column);
    const es = this.get(`${column}(es)`);
    if (!es) return en;
    return en ? { en, es } : { es };
  }

  /** `1,200` or `1 200` as 1200; words stay words, for the validator to name. */
  number(column: string): number | string | undefined {
    const text = this.get(column);
    if (text === undefined) return undefined;
    const number = Number(text.replace(/[,\s]/g, ''));
    return Number.isFinite(number) ? number : text;
  }

  /** `housing, health; transit` as a list. */
  list(column: string): string[] | undefined {
    const items = this.get(column)
      ?.split(/[,;]/)
      .map((item) => item.trim())
      .filter(Boolean);
    return items?.length ? items : undefined;
  }
}

function victory(r: RowReader): Record<string, unknown> {
  const title = r.text('title');
  // a date cell published with its time (`3/14/2026 0:00:00`) is still the victory's day
  const date = r.date('date')?.replace(/T.*$/, '');
  return compact({
    id: r.id(typeof title === 'string' ? title : (title?.en ?? title?.es), date),
    title,
    date,
    summary: r.text('summary'),
    url: r.get('link'),
    image: r.get('image') && compact({ src: r.get('image'), alt: r.text('imagealt') }),
    tags: r.list('tags'),
    neighborhood: r.get('neighborhood'),
    metric: compact({ value: r.number('metric'), unit: r.text('unit'), goal: r.number('goal') }),
  })!;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A start or end as the sheet has it: a local time (`2027-01-16 10:00`, `1/16/2027 10:00:00`) in
 * the feed's form (`2027-01-16T10:00`), read in the row's zone or the coalition's where the feed is
 * parsed; a date (an all-day event) or a date-time with its offset as it is. The cell as written is
 * kept for the warnings.
 */
function eventTime(r: RowReader, column: string): string | undefined {
  const text = r.date(column);
  const wall = text === undefined ? undefined : parseWallTime(text);
  if (!wall) return text;
  const { year, month, day, hour, minute, second } = wall;
  r.written[column] ??= r.get(column)!;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${/:\d\d:\d\d/.test(text!) ? `:${pad(second)}` : ''}`;
}

function event(r: RowReader): Record<string, unknown> {
  const title = r.text('title');
  const start = eventTime(r, 'start');
  return compact({
    id: r.id(typeof title === 'string' ? title : (title?.en ?? title?.es), start?.slice(0, 10)),
    title,
    start,
    end: eventTime(r, 'end'),
    timezone: r.get('timezone'),
    status: r.get('status')?.toLowerCase(),
    description: r.text('description'),
    neighborhood: r.get('neighborhood'),
    tags: r.list('tags'),
    location: compact({ name: r.get('location'), address: r.get('address'), url: r.get('maplink') }),
    online: r.get('onlinelink') && { url: r.get('onlinelink') },
    rsvp: r.get('rsvp'),
    speakers: r.list('speakers'),
    image: r.get('image') && compact({ src: r.get('image'), alt: r.text('imagealt') }),
    organizer: compact({ name: r.get('organizer'), url: r.get('organizerlink') }),
    // the feed's keys are lower case (`Wheelchair; ASL` → wheelchair, asl); the validator names any it does not know
    access: r.list('access')?.map((key) => key.toLowerCase()),
    accessNotes: r.text('accessnotes'),
    maximumAttendeeCapacity: r.number('capacity'),
    remainingAttendeeCapacity: r.number('spotsleft'),
    recording: r.get('recording'),
  })!;
}

/** `Website https://…` (one per line, or separated by `;`) as labelled links; a bare address is labelled by its host. */
function links(text: string | undefined): { label: string; url: string }[] | undefined {
  const items = text
    ?.split(/[\n;]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.search(/\S+$/);
      const url = line.slice(at);
      let label = line.slice(0, at).trim();
      if (!label) {
        try {
          label = new URL(url).hostname.replace(/^www\./, '');
        } catch {
          label = url;
        }
      }
      return { label, url };
    });
  return items?.length ? items : undefined;
}

function speaker(r: RowReader): Record<string, unknown> {
  return compact({
    id: r.id(r.get('name')),
    name: r.get('name'),
    pronouns: r.get('pronouns'),
    role: r.text('role'),
    organization: compact({ name: r.get('organization'), url: r.get('organizationlink') }),
    photo: r.get('photo') && compact({ src: r.get('photo'), alt: r.text('photoalt') }),
    bio: r.text('bio'),
    links: links(r.get('links')),
  })!;
}

/**
 * A spreadsheet of victories, events or speakers, as feed entries that name their rows; the
 * columns it does not read are named in one warning. `dayFirst` reads `14/3/2026` as 14 March.
 */
export function readCsv(
  text: string,
  source: string,
  kind: ListName,
  { dayFirst }: { dayFirst: boolean },
): SourceResult {
  const { rows, unknown } = readRows(text, source, kind);
  const warnings = unknown.length
    ? [
        `${source}: ${unknown.length === 1 ? 'a column' : 'columns'} not read: ${unknown.map((name) => JSON.stringify(name)).join(', ')} (the columns of ${kind}: ${NAMES[kind].join(', ')})`,
      ]
    : [];
  const entries: Sourced[] = [];
  for (const row of rows) {
    const reader = new RowReader(row, source, dayFirst);
    const origin = `${source}: row ${row.number}`;
    const zone = kind === 'events' ? reader.get('timezone') : undefined;
    if (zone !== undefined && !isTimeZone(zone)) {
      // its times cannot be read: the whole row is left out rather than shown at a wrong hour
      warnings.push(`${origin}, timezone: "${zone}" is not an IANA time zone (America/Chicago); row left out`);
      continue;
    }
    const entry = kind === 'victories' ? victory(reader) : kind === 'events' ? event(reader) : speaker(reader);
    entries.push({ list: kind, entry, origin, written: reader.written });
  }
  return { entries, warnings };
}
