/** Where each file of a published site is, as an absolute URL under `--site-url`. */
export interface SiteAddresses {
  /** The site's own address, without a trailing slash. */
  root: string;
  feed: string;
  calendar: string;
  /** A victory's share page, `…/wins/<id>/`. */
  win(id: string): string;
  /** A file beside a victory's share page or an event's flyer: `…/wins/<id>/card.png`. */
  file(folder: 'wins' | 'events', id: string, name: string): string;
}

/** `--site-url` as given, checked: an http(s) address; a trailing slash is dropped. */
export function siteAddresses(siteUrl: string): SiteAddresses | undefined {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) return undefined;
  const root = url.href.replace(/\/+$/, '');
  const file = (folder: 'wins' | 'events', id: string, name: string) => `${root}/${folder}/${id}/${name}`;
  return {
    root,
    feed: `${root}/feed.json`,
    calendar: `${root}/events.ics`,
    win: (id) => file('wins', id, ''),
    file,
  };
}

/**
 * Whether an entry's id can name its folder as it is (`route-7`, a calendar's `uid@2027-01-16T10:00:00Z`):
 * the same text in the URL and on disk, nothing a file system or a web server reads otherwise.
 */
export const isFolderName = (id: string): boolean => /^\w[\w.@+:-]*$/.test(id) && id.length <= 200;
