/** The present; `COALITION_WIDGETS_NOW` (an ISO date-time) sets it, for tests and reproducible builds. */
export function present(): number {
  const fixed = process.env.COALITION_WIDGETS_NOW;
  return fixed ? Date.parse(fixed) : Date.now();
}
