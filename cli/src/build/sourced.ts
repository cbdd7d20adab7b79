/** The feed's three lists that sources fill. */
export type ListName = 'victories' | 'events' | 'speakers';

/** One entry for the feed, with the place it came from, so a problem can name its row. */
export interface Sourced {
  list: ListName;
  entry: Record<string, unknown>;
  /** `events.csv: row 7`, `calendar.ics: "Tenant clinic" on 2027-01-16`. */
  origin: string;
  /** Fields the entry holds in another form than the source wrote them (`start`: `2027-01-16 18:30`), to quote. */
  written?: Readonly<Record<string, string>>;
}

/** What a source gives: entries, and warnings about what it left out or read oddly. */
export interface SourceResult {
  entries: Sourced[];
  warnings: string[];
}

/** An entry, or a part of one, with the fields a source left empty dropped; undefined when nothing is left. */
export function compact<T extends Record<string, unknown>>(object: T): Partial<T> | undefined {
  const kept = Object.entries(object).filter(([, value]) => value !== undefined && value !== '');
  return kept.length ? (Object.fromEntries(kept) as Partial<T>) : undefined;
}

/** `Tenant Rights Clinic`, `2027-01-16` → `tenant-rights-clinic-2027-01-16`: a stable id from what a row says. */
export function slugId(...parts: (string | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
