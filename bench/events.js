// Deterministic events for the benchmarks: one an hour from 2099, across four neighborhoods.
const neighborhoods = ['East Austin', 'Montopolis', 'Dove Springs', 'Rundberg'];

export function makeFeed(count) {
  return {
    version: 1,
    coalition: { name: 'Benchmark Coalition', url: 'https://example.org', timezone: 'America/Chicago' },
    events: Array.from({ length: count }, (_, i) => ({
      id: `event-${i}`,
      title: `Neighborhood meeting ${i + 1}`,
      start: new Date(Date.UTC(2099, 0, 1, 15) + i * 3_600_000).toISOString(),
      end: new Date(Date.UTC(2099, 0, 1, 16) + i * 3_600_000).toISOString(),
      neighborhood: neighborhoods[i % 4],
      tags: ['housing'],
      location: { name: 'Community Center', address: `${100 + i} Main St` },
      rsvp: `https://example.org/rsvp/${i}`,
    })),
  };
}
