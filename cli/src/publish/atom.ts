import { markup } from './markup.js';

/** One entry of an Atom feed (RFC 4287). */
export interface AtomEntry {
  /** A permanent IRI for the entry. */
  id: string;
  title: string;
  /** Where a reader goes: the entry's `alternate` link. */
  link: string;
  /** RFC 3339: `2026-09-18T00:00:00Z`. */
  updated: string;
  summary?: string | undefined;
  /** Another page about it (a victory's story). */
  related?: string | undefined;
}

/** An Atom feed's own fields; `updated` is the newest entry's, so the same entries give the same bytes. */
export interface AtomFeed {
  id: string;
  title: string;
  /** The feed's own address (`rel="self"`). */
  self: string;
  /** The site it belongs to. */
  home: string;
  author: { name: string; uri?: string | undefined };
  lang: string;
  entries: readonly AtomEntry[];
}

/** No entry yet: the feed still needs an `updated`, the same every run. */
const never = '1970-01-01T00:00:00Z';

/** An Atom 1.0 document (RFC 4287), every text escaped. */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), never);
  const entries = feed.entries.map(
    (entry) => markup`
  <entry>
    <id>${entry.id}</id>
    <title>${entry.title}</title>
    <link rel="alternate" href="${entry.link}"/>${
      entry.related
        ? markup`
    <link rel="related" href="${entry.related}"/>`
        : ''
    }
    <updated>${entry.updated}</updated>${
      entry.summary
        ? markup`
    <summary>${entry.summary}</summary>`
        : ''
    }
  </entry>`,
  );
  return `${markup`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">
  <id>${feed.id}</id>
  <title>${feed.title}</title>
  <link rel="self" type="application/atom+xml" href="${feed.self}"/>
  <link rel="alternate" type="text/html" href="${feed.home}"/>
  <updated>${updated}</updated>
  <author>
    <name>${feed.author.name}</name>${
      feed.author.uri
        ? markup`
    <uri>${feed.author.uri}</uri>`
        : ''
    }
  </author>
  <generator>coalition-widgets</generator>${entries}
</feed>`}\n`;
}
