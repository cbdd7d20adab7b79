/** Markup already made safe: written out as it is when put inside more markup. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What a template may hold: text and numbers are escaped, markup is kept, nothing is left out. */
export type MarkupValue = string | number | Markup | readonly Markup[] | undefined | null | false;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text made safe as HTML or XML content or as a quoted attribute value: the five characters that
 * mean markup are escaped (as the entities XML predefines, which every feed reader decodes), and what XML 1.0 cannot hold at all (control characters other than tab
 * and line ends, lone surrogates, U+FFFE and U+FFFF) is dropped, so a feed's text never breaks a page.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[^\P{Cc}\t\n\r]|\p{Cs}|[\uFFFE\uFFFF]/gu, '').replace(/[&<>"']/g, (c) => entities[c]!);
}

/**
 * A template of HTML or XML whose every interpolated text is escaped: the only way the share
 * pages, flyers, index and Atom files are written, so feed text is never read as markup.
 */
export function markup(strings: TemplateStringsArray, ...values: MarkupValue[]): Markup {
  let text = strings[0]!;
  values.forEach((value, index) => {
    if (value instanceof Markup) text += value.text;
    else if (Array.isArray(value)) text += value.map((each: Markup) => each.text).join('');
    else if (typeof value === 'string' || typeof value === 'number') text += escapeMarkup(String(value));
    text += strings[index + 1]!;
  });
  return new Markup(text);
}

/** A whole HTML page of the site: its language, title, what else its head holds, its own style and its body. */
export interface Page {
  lang: string;
  title: string;
  head: Markup;
  style: Markup;
  body: Markup;
}

/** The page as text, with the doctype, charset and viewport every page of the site has. */
export const htmlPage = ({ lang, title, head, style, body }: Page): string =>
  `${markup`<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>${head}
    <style>
${style}
    </style>
  </head>
  <body>${body}
  </body>
</html>`}\n`;
