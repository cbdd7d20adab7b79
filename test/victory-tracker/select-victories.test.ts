import { expect } from '@open-wc/testing';
import { firstYear, metricTotals, selectVictories } from '../../src/victory-tracker/select-victories.js';
import type { Victory } from '../../src/format/schema.js';

const win = (id: string, date: string, extra: Partial<Victory> = {}): Victory => ({ id, title: id, date, ...extra });

describe('selecting victories', () => {
  const victories = [
    win('a', '2023-01-01', { tags: ['Housing'], neighborhood: 'East Austin' }),
    win('b', '2024-05-01', { tags: ['mobility'] }),
    win('c', '2024-05-01', { tags: ['housing', 'mobility'], neighborhood: 'Montopolis' }),
    win('d', '2022-07-04'),
  ];

  it('puts the newest first, keeping feed order within a day', () => {
    expect(selectVictories(victories, {}).map((v) => v.id)).to.deep.equal(['b', 'c', 'a', 'd']);
  });

  it('filters by tag and by neighborhood, ignoring case', () => {
    expect(selectVictories(victories, { tag: 'housing' }).map((v) => v.id)).to.deep.equal(['c', 'a']);
    expect(selectVictories(victories, { neighborhood: 'east austin' }).map((v) => v.id)).to.deep.equal(['a']);
    expect(selectVictories(victories, { tag: 'mobility', neighborhood: 'Montopolis' }).map((v) => v.id)).to.deep.equal([
      'c',
    ]);
  });

  it('finds the year of the oldest win', () => {
    expect(firstYear(victories)).to.equal('2022');
  });

  it('sums metrics only where two or more share a unit', () => {
    const totals = metricTotals([
      win('a', '2024-01-01', { metric: { value: 4350, unit: 'households', goal: 6000 } }),
      win('b', '2024-01-01', { metric: { value: 1200, unit: 'households' } }),
      win('c', '2024-01-01', { metric: { value: 9, unit: 'bus routes' } }),
      win('d', '2024-01-01', { metric: { value: 3 } }),
    ]);
    expect(totals).to.deep.equal([{ value: 5550, unit: 'households', count: 2 }]);
  });
});
