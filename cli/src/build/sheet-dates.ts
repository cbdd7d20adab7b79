/**
 * Dates as spreadsheets publish them: a Google Sheet in a US locale writes `3/14/2026` and
 * `1/16/2027 10:00:00` (month first), one in a Spanish or British locale `14/3/2026` (day first).
 */
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*([ap]\.?m\.?)?)?$/i;

/** A slashed date read: the feed's form, or why it cannot be read in the sheet's order. */
export type SheetDate = { value: string } | { problem: string };

const pad = (n: number): string => String(n).padStart(2, '0');

const isDay = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * A slashed date or date-time (`3/14/2026`, `1/16/2027 10:00:00`, `1/16/2027 6:30 PM`) in the
 * feed's form (`2026-03-14`, `2027-01-16T10:00:00`), read month first unless `dayFirst`; undefined
 * for any other text, which is left for the validator. A date that is no day in the sheet's order
 * but is one in the other (`14/3/2026` read month first) is a problem: the sheet's order is not
 * the one assumed, so its other dates cannot be trusted either.
 */
export function readSheetDate(text: string, dayFirst: boolean): SheetDate | undefined {
  const match = SLASHED.exec(text.trim());
  if (!match) return undefined;
  const [first, second, year] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const [month, day] = dayFirst ? [second, first] : [first, second];
  if (!isDay(year, month, day)) {
    const order = dayFirst ? 'day/month/year (--day-first)' : 'month/day/year, as a US-locale sheet writes dates';
    const other = dayFirst ? 'build without --day-first' : 'build with --day-first';
    return {
      problem: isDay(year, day, month)
        ? `"${text}" is no day read as ${order}: if this sheet writes dates the other way round, ${other}`
        : `"${text}" is not a date`,
    };
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (match[4] === undefined) return { value: date };
  let hour = Number(match[4]);
  const minute = Number(match[5]);
  const meridiem = match[7]?.[0]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return { problem: `"${text}" is not a time of day` };
  if (meridiem) hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  if (hour > 23 || minute > 59 || Number(match[6] ?? 0) > 59) return { problem: `"${text}" is not a time of day` };
  return { value: `${date}T${pad(hour)}:${pad(minute)}${match[6] === undefined ? '' : `:${match[6]}`}` };
}
