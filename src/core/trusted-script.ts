/** The part of the Trusted Types API this library uses (TypeScript's DOM types do not have it yet). */
interface TrustedTypes {
  createPolicy(name: string, rules: { createScript(text: string): string }): { createScript(text: string): unknown };
}

let policy: { createScript(text: string): unknown } | false | undefined;

/**
 * Text for a `<script>` element, through a Trusted Types policy named `coalition-widgets` where
 * the browser has Trusted Types (pages that require them must allow that name). Only data blocks
 * (`application/ld+json`) the library serialises itself go through it, never feed text as code.
 * Returns undefined when the page refuses the policy (for example a second copy of the library
 * without `'allow-duplicates'`): the caller then leaves the script out.
 */
export function trustedScriptText(text: string): string | undefined {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!trustedTypes) return text;
  if (policy === undefined) {
    try {
      policy = trustedTypes.createPolicy('coalition-widgets', { createScript: (script) => script });
    } catch (error) {
      console.warn(`coalition-widgets: ${error}`);
      policy = false;
    }
  }
  // a TrustedScript is accepted wherever script text is, in place of a string
  return policy ? (policy.createScript(text) as string) : undefined;
}
