import { sameName } from '../format/resolve-text.js';
import type { Victory } from '../format/schema.js';

/** Which victories to show: the tracker's `tag` and `neighborhood` attributes. */
export interface VictoryFilter {
  tag?: string | undefined;
  neighborhood?: string | undefined;
}

/** The victories that match the filter, newest first (feed order among those of one day). */
export function selectVictories(victories: readonly Victory[], { tag, neighborhood }: VictoryFilter): Victory[] {
  return victories
    .filter(
      (victory) =>
        (!tag || victory.tags?.some((each) => sameName(each, tag))) &&
        (!neighborhood || (victory.neighborhood !== undefined && sameName(victory.neighborhood, neighborhood))),
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** A metric total over victories whose metrics share a unit. */
export interface MetricTotal {
  value: number;
  unit: NonNullable<Victory['metric']>['unit'];
  count: number;
}

/**
 * Sums metrics that share a unit (compared as written in the feed), where that makes sense:
 * only units that two or more victories share, largest count first.
 */
export function metricTotals(victories: readonly Victory[]): MetricTotal[] {
  const totals = new Map<string, MetricTotal>();
  for (const { metric } of victories) {
    if (!metric?.unit) continue;
    const key = JSON.stringify(metric.unit);
    const total = totals.get(key) ?? { value: 0, unit: metric.unit, count: 0 };
    total.value += metric.value;
    total.count += 1;
    totals.set(key, total);
  }
  return [...totals.values()].filter((total) => total.count > 1).sort((a, b) => b.count - a.count);
}

/** The year of the oldest victory, for "12 victories since 2022". */
export const firstYear = (victories: readonly Victory[]): string =>
  victories.reduce((oldest, victory) => (victory.date < oldest ? victory.date : oldest), '9999').slice(0, 4);
