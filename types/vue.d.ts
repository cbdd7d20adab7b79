// Template types for the tags in Vue 3 (Volar): `/// <reference types="coalition-widgets/types/vue" />`.
import type { DefineComponent } from 'vue';
import type { CoalitionElementProps } from './elements.js';

type Tags = { [K in keyof CoalitionElementProps]: DefineComponent<CoalitionElementProps[K]> };

declare module 'vue' {
  // one per tag of CoalitionElementProps (types/elements.d.ts, generated from custom-elements.json)
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the tags merge into the framework's own interface
  interface GlobalComponents extends Tags {}
}
