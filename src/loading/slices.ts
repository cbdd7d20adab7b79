import type { Steps } from '../format/shape.js';

/**
 * Gives the browser a turn (input, rendering, other tasks), then resumes: `scheduler.yield()`
 * where there is one, which resumes ahead of other waiting tasks; else a message, which is not
 * held back as `setTimeout` is.
 */
export function yieldToBrowser(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/**
 * Runs `steps` in slices of about 20 ms with the browser's turns between them, the first slice
 * at once: work that ends within it gives its result as is, longer work a promise of it.
 */
export function inSlices<T>(steps: Steps<T>): T | Promise<T> {
  const slice = (): IteratorResult<void, T> => {
    // a slice is 20 ms, well under the 50 that makes a long task
    const end = performance.now() + 20;
    let step;
    while (!(step = steps.next()).done && performance.now() < end);
    return step;
  };
  let step = slice();
  if (step.done) return step.value;
  return (async () => {
    while (!step.done) {
      await yieldToBrowser();
      step = slice();
    }
    return step.value;
  })();
}
