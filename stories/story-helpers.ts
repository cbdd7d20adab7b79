import { ContextProvider } from '@lit/context';
import { expect, waitFor } from 'storybook/test';
import { feedContext } from '../src/loading/feed-context.js';
import demo from '../demo/feed.json';

/** The demo feed, for stories that hand widgets a feed object. */
export const demoFeed = demo;

/** A feed with nothing in its lists, for the empty states. */
export const emptyFeed = { version: 1, coalition: { name: 'Example Coalition' } };

/** Provides a feed that never finishes loading, to show the widgets' loading state. */
class StoryLoadingFeed extends HTMLElement {
  constructor() {
    super();
    new ContextProvider(this, {
      context: feedContext,
      initialValue: { state: { status: 'loading' }, reload: () => {} },
    });
  }
}
if (!customElements.get('story-loading-feed')) customElements.define('story-loading-feed', StoryLoadingFeed);

/**
 * A pretend feedback endpoint for stories (Storybook has no server to post to):
 * `https://feedback.example/ok` answers 201, `/reject` 422, `/fail` 503, and `/hang` never answers.
 */
export const fakeEndpoint = (mode: 'ok' | 'reject' | 'fail' | 'hang') => `https://feedback.example/${mode}`;

const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.hostname !== 'feedback.example') return realFetch(input, init);
  const status = { '/ok': 201, '/reject': 422, '/fail': 503 }[url.pathname];
  if (!status) return new Promise<Response>(() => {});
  return Promise.resolve(new Response(status === 201 ? 'thanks' : 'no', { status }));
};

const distinct = (values: (string | undefined)[]): string[] =>
  [...new Set(values.filter((value): value is string => !!value))].sort();

/** The demo feed's tags and neighborhoods, for select controls (an empty choice means none). */
export const demoValues = {
  victoryTags: distinct(demo.victories.flatMap((victory) => victory.tags)),
  victoryNeighborhoods: distinct(demo.victories.map((victory) => victory.neighborhood)),
  eventTags: distinct(demo.events.flatMap((event) => event.tags)),
  eventNeighborhoods: distinct(demo.events.map((event) => event.neighborhood)),
  speakers: demo.speakers.map((speaker) => speaker.id),
};

/** A select control of feed values; unset leaves the attribute out. */
export const selectOf = (options: string[]) => ({ control: 'select', options: [undefined, ...options] }) as const;

/** Controls every widget shares. */
export const widgetArgTypes = {
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  src: { control: false },
  feed: { control: false },
  timeout: { control: 'number' },
} as const;

/** The shadow root of the story's widget, once it has drawn what it will show (and not its loading state). */
export async function widgetRoot(canvasElement: HTMLElement, tag: string): Promise<ShadowRoot> {
  const element = canvasElement.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  await element.updateComplete;
  await waitFor(() => expect(element.shadowRoot!.querySelector('[part="loading"]')).toBeNull());
  return element.shadowRoot!;
}

/** The trimmed text of each `selector` in the story's widget. */
export async function textsIn(canvasElement: HTMLElement, tag: string, selector: string): Promise<string[]> {
  const root = await widgetRoot(canvasElement, tag);
  return [...root.querySelectorAll(selector)].map((element) => element.textContent!.replace(/\s+/g, ' ').trim());
}

/** The English text of feed text, to compare with what a story shows. */
export const english = (text: string | Record<string, string>): string =>
  typeof text === 'string' ? text : (text.en ?? '');
