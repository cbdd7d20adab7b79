// a page resolves the same few tags for every text it shows: each is worked out once
const maximized = new Map<string, string>();
const fallbacks = new Map<string, string[]>();

/** A tag with the script and region browsers infer for it, lower-cased: `zh-TW` → `zh-hant-tw`. */
function maximize(tag: string): string {
  let full = maximized.get(tag);
  if (full === undefined) {
    try {
      full = new Intl.Locale(tag).maximize().toString().toLowerCase();
    } catch {
      // not a language tag: it stands for itself
      full = tag.toLowerCase();
    }
    maximized.set(tag, full);
  }
  return full;
}

/** `zh-hant-tw` → `zh-hant-tw`, `zh-hant`, `zh`. */
const shorter = (tag: string): string[] =>
  tag.split('-').map((_, index, parts) => parts.slice(0, parts.length - index).join('-'));

/**
 * The tags to look for, lower-cased, most fitting first: the tag and its shorter forms, the same
 * with the script browsers infer for it, then the bare language. `es-MX` → `es-mx`, `es-latn-mx`,
 * `es-latn`, `es`; `zh-Hant-TW` → `zh-hant-tw`, `zh-hant`, `zh`; `zh-TW` → `zh-tw`, `zh-hant-tw`,
 * `zh-hant`, `zh`; `zh` → `zh`, `zh-hans-cn`, `zh-hans`.
 */
export function languageFallbacks(lang: string): readonly string[] {
  let tags = fallbacks.get(lang);
  if (!tags) {
    const own = shorter(lang.toLowerCase());
    tags = [...new Set([own[0]!, ...own.slice(0, -1), ...shorter(maximize(lang)), own.at(-1)!])];
    fallbacks.set(lang, tags);
  }
  return tags;
}

/** Whether a tag names one of the given tags, as written or as browsers complete it (`zh-TW` is `zh-hant-tw`). */
export const languageMatches = (tag: string, wanted: string): boolean =>
  tag.toLowerCase() === wanted || maximize(tag) === wanted;
