import type * as LaterModule from './later.js';

export type Later = typeof LaterModule;

let loading: Promise<Later> | undefined;

/**
 * The event list's later part (./later.js), fetched once; after a failure (offline, blocked) the
 * next call tries again. The one file's build (vite.config.ts) fetches the file beside it instead.
 */
export function loadLater(): Promise<Later> {
  return (loading ??= import('./later.js').catch((error: unknown) => {
    loading = undefined;
    console.error(`coalition-widgets: could not load event-list/later.js: ${error}`);
    throw error;
  }));
}

/** Runs `work` when the browser is idle (Safari has no requestIdleCallback), within two seconds. */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in self) requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}
