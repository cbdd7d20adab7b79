// Types for the tags in Svelte: `/// <reference types="coalition-widgets/types/svelte" />`.
import type { HTMLAttributes } from 'svelte/elements';
import type { CoalitionElementProps, CoalitionEventProps } from './elements.js';

type Tag<K extends keyof CoalitionElementProps> = HTMLAttributes<HTMLElement> &
  CoalitionElementProps[K] &
  CoalitionEventProps;
type Tags = { [K in keyof CoalitionElementProps]: Tag<K> };

declare module 'svelte/elements' {
  // one per tag of CoalitionElementProps (types/elements.d.ts, generated from custom-elements.json)
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the tags merge into the framework's own interface
  interface SvelteHTMLElements extends Tags {}
}
