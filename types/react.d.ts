// JSX types for the tags in React 19: `/// <reference types="coalition-widgets/types/react" />`,
// or use the typed components of `coalition-widgets/react.js`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CoalitionElementProps, CoalitionEventProps } from './elements.js';

type Tag<K extends keyof CoalitionElementProps> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> &
  CoalitionElementProps[K] &
  CoalitionEventProps;
type Tags = { [K in keyof CoalitionElementProps]: Tag<K> };

declare module 'react' {
  namespace JSX {
    // one per tag of CoalitionElementProps (types/elements.d.ts, generated from custom-elements.json)
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the tags merge into the framework's own interface
    interface IntrinsicElements extends Tags {}
  }
}
