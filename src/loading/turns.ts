import { yieldToBrowser } from './slices.js';

const waiting = new Map<Element, () => void>();
let turns: Promise<void> | undefined;

/**
 * Runs `work` for `host` in a task of its own, after the work waiting for the elements above it:
 * widgets that share a new feed render one per task, top first, so that none holds the main
 * thread for all of them. Asked again before its turn, a host keeps one turn, with the newest
 * work. Resolves once no work waits.
 */
export function inTurn(host: Element, work: () => void): Promise<void> {
  waiting.set(host, work);
  return (turns ??= (async () => {
    while (waiting.size) {
      await yieldToBrowser();
      // the host highest on the page: 2 is DOCUMENT_POSITION_PRECEDING, b before a
      const first = [...waiting.keys()].reduce((a, b) => (a.compareDocumentPosition(b) & 2 ? b : a));
      // a microtask, still in this task: a throw is reported, and the hosts after it keep their turns
      queueMicrotask(waiting.get(first)!);
      waiting.delete(first);
    }
    turns = undefined;
  })());
}
