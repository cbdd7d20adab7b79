// Types for the tags in Svelte: `/// <reference types="coalition-widgets/types/svelte" />`.
import type { HTMLAttributes } from 'svelte/elements';
import type { CoalitionElementProps, CoalitionEventProps } from './elements.js';

type Tag<K extends keyof CoalitionElementProps> = HTMLAttributes<HTMLElement> &
  CoalitionElementProps[K] &
  CoalitionEventProps;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'coalition-feed': Tag<'coalition-feed'>;
    'coalition-victory-tracker': Tag<'coalition-victory-tracker'>;
    'coalition-event-list': Tag<'coalition-event-list'>;
    'coalition-speaker-card': Tag<'coalition-speaker-card'>;
    'coalition-feedback-form': Tag<'coalition-feedback-form'>;
  }
}
