// Template types for the tags in Vue 3 (Volar): `/// <reference types="coalition-widgets/types/vue" />`.
import type { DefineComponent } from 'vue';
import type { CoalitionElementProps } from './elements.js';

declare module 'vue' {
  interface GlobalComponents {
    'coalition-feed': DefineComponent<CoalitionElementProps['coalition-feed']>;
    'coalition-victory-tracker': DefineComponent<CoalitionElementProps['coalition-victory-tracker']>;
    'coalition-event-list': DefineComponent<CoalitionElementProps['coalition-event-list']>;
    'coalition-speaker-card': DefineComponent<CoalitionElementProps['coalition-speaker-card']>;
    'coalition-feedback-form': DefineComponent<CoalitionElementProps['coalition-feedback-form']>;
  }
}
