// JSX types for the tags in React 19: `/// <reference types="coalition-widgets/types/react" />`,
// or use the typed components of `coalition-widgets/react.js`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CoalitionElementProps, CoalitionEventProps } from './elements.js';

type Tag<K extends keyof CoalitionElementProps> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> &
  CoalitionElementProps[K] &
  CoalitionEventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'coalition-feed': Tag<'coalition-feed'>;
      'coalition-victory-tracker': Tag<'coalition-victory-tracker'>;
      'coalition-event-list': Tag<'coalition-event-list'>;
      'coalition-speaker-card': Tag<'coalition-speaker-card'>;
      'coalition-feedback-form': Tag<'coalition-feedback-form'>;
    }
  }
}
