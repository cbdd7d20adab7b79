import { pluralFor } from '../../core/plural.js';
import { registerStrings } from '../../core/register-translation.js';
import type { VictoryTrackerStrings } from '../../core/strings.js';

// English: the words of the victory tracker.
const plural = pluralFor('en');

const victoryTracker = registerStrings<VictoryTrackerStrings>({
  $code: 'en',
  noVictories: 'No victories to show yet. Wins will appear here.',
  victoriesSince: (count, year) => plural(count, { one: `victory since ${year}`, other: `victories since ${year}` }),
  inTotal: 'in total',
  victoryTotals: 'Totals',
  progress: (value, goal, unit) => `${value} of ${goal} ${unit}`.trim(),
  ofGoal: (percent, goal) => `${percent} of the goal of ${goal}`,
  readMore: 'Read more',
  share: 'Share',
  shared: 'Shared. Thank you for spreading the word!',
  copied: 'Copied to the clipboard: paste it anywhere to share.',
  shareFailed: 'Sharing did not work here. Copy the page address to share it.',
});

export default victoryTracker;
