/** The present, and waiting for a moment to come, in one place: tests move time instead of waiting. */
export const clock = {
  now: (): number => Date.now(),
  /** Calls `then` after `ms`; returns what cancels it. */
  wait(ms: number, then: () => void): () => void {
    const id = setTimeout(then, ms);
    return () => clearTimeout(id);
  },
};
