/** A word or sentence in each plural form a language has; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A language's plural chooser, through `Intl.PluralRules`: the form for a count (Arabic has six:
 * zero, one, two, few, many, other; a form left out falls back to `other`).
 */
export function pluralFor(lang: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  return (count, forms) => forms[rules.select(count)] ?? forms.other;
}
