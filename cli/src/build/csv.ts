import { parse } from 'csv-parse/sync';
import { parseWallTime, zonedTime } from 'coalition-widgets/feed-format.js';
import { Failure } from '../command.js';
import { compact, slugId, type ListName, type SourceResult, type Sourced } from './sourced.js';

/** One spreadsheet row by normalised column name, with its row number as the spreadsheet shows it. */
interface Row {
  number: number;
  cells: Map<string, string>;
}

/** `Image alt`, `image_alt`, `IMAGE ALT` → `imagealt`; `Title (es)` → `title(es)`. */
const columnKey = (header: string): string => header.toLowerCase().replace(/[\s_-]+/g, '');

/** The columns each kind of sheet may have (SPEC "Command line"), by their normalised names. */
const COLUMNS: Record<ListName, string[]> = {
  victories: [
    'id',
    'title',
    'date',
    'summary',
    'link',
    'image',
    'imagealt',
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
    'maplink',
    'onlinelink',
    'rsvp',
    'speakers',
    'image',
    'imagealt',
  ],
  speakers: ['id', 'name', 'pronouns', 'role', 'organization', 'organizationlink', 'photo', 'photoalt', 'bio', 'links'],
};

/** Reads the rows of a CSV document: UTF-8 with or without a BOM, quoted cells with commas and line breaks. */
function readRows(text: string, source: string, kind: ListName): Row[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new Failure(`${source}: not a CSV file (${(error as Error).message})`);
  }
  const [header = [], ...body] = records;
  const keys = header.map(columnKey);
  if (!keys.some((key) => COLUMNS[kind].includes(key))) {
    throw new Failure(`${source}: none of the expected columns (${COLUMNS[kind].join(', ')}) in its first row`);
  }
  return body
    .map((record, index) => ({
      // the spreadsheet's own numbering: the header is row 1
      number: index + 2,
      // a line break inside a cell is one \n, whichever system saved the sheet
      cells: new Map(keys.map((key, column) => [key, record[column]?.trim().replace(/\r\n?/g, '\n') ?? ''])),
    }))
    .filter((row) => [...row.cells.values()].some(Boolean));
}

class RowReader {
  constructor(readonly row: Row) {}

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

/** Options a sheet needs from the rest of the build. */
export interface CsvOptions {
  /** The coalition's zone, for local event times in rows that name none. */
  timezone?: string | undefined;
}

function victory(r: RowReader): Record<string, unknown> {
  const title = r.text('title');
  return compact({
    id: r.get('id') ?? slugId(typeof title === 'string' ? title : (title?.en ?? title?.es), r.get('date')),
    title,
    date: r.get('date'),
    summary: r.text('summary'),
    url: r.get('link'),
    image: r.get('image') && compact({ src: r.get('image'), alt: r.text('imagealt') }),
    tags: r.list('tags'),
    neighborhood: r.get('neighborhood'),
    metric: compact({ value: r.number('metric'), unit: r.text('unit'), goal: r.number('goal') }),
  })!;
}

/** A local start or end (`2027-01-16 10:00`) read in the row's zone, else the coalition's. */
function eventTime(r: RowReader, column: string, zone: string | undefined, warnings: string[], origin: string) {
  const text = r.get(column);
  const wall = text === undefined ? undefined : parseWallTime(text);
  if (!wall || !zone) return text;
  const time = zonedTime(wall, zone);
  if (time.oddity === 'skipped') {
    warnings.push(`${origin}, ${column}: ${text} does not exist in ${zone} (the clocks skip it); read as ${time.iso}`);
  } else if (time.oddity === 'repeated') {
    warnings.push(`${origin}, ${column}: ${text} happens twice in ${zone} (the clocks go back); read as ${time.iso}`);
  }
  return time.iso;
}

function event(r: RowReader, options: CsvOptions, warnings: string[], origin: string): Record<string, unknown> {
  const title = r.text('title');
  const zone = r.get('timezone') ?? options.timezone;
  const start = eventTime(r, 'start', zone, warnings, origin);
  return compact({
    id: r.get('id') ?? slugId(typeof title === 'string' ? title : (title?.en ?? title?.es), start?.slice(0, 10)),
    title,
    start,
    end: eventTime(r, 'end', zone, warnings, origin),
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
    id: r.get('id') ?? slugId(r.get('name')),
    name: r.get('name'),
    pronouns: r.get('pronouns'),
    role: r.text('role'),
    organization: compact({ name: r.get('organization'), url: r.get('organizationlink') }),
    photo: r.get('photo') && compact({ src: r.get('photo'), alt: r.text('photoalt') }),
    bio: r.text('bio'),
    links: links(r.get('links')),
  })!;
}

/** A spreadsheet of victories, events or speakers, as feed entries that name their rows. */
export function readCsv(text: string, source: string, kind: ListName, options: CsvOptions = {}): SourceResult {
  const warnings: string[] = [];
  const entries: Sourced[] = readRows(text, source, kind).map((row) => {
    const reader = new RowReader(row);
    const origin = `${source}: row ${row.number}`;
    const entry =
      kind === 'victories'
        ? victory(reader)
        : kind === 'events'
          ? event(reader, options, warnings, origin)
          : speaker(reader);
    return { list: kind, entry, origin };
  });
  return { entries, warnings };
}
