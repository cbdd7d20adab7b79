/** A sentence in each plural form a language has; `other` is required, `#` stands for the count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A language's plural chooser, through `Intl.PluralRules`: the form for a count (Arabic has six:
 * zero, one, two, few, many, other), with `#` replaced by the count written for that language.
 */
export function pluralFor(lang: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  return (count, forms) => (forms[rules.select(count)] ?? forms.other).replace('#', number.format(count));
}
