// Generated from custom-elements.json by scripts/build-element-lists.mjs (npm run analyze): do not edit.

/**
 * Each widget (every element but `<coalition-feed>`, in the order they are registered) with its
 * attributes and each one's default value ('' where the default is not a string).
 */
export const widgetAttributes = {
  'victory-tracker': {
    layout: 'list',
    limit: '',
    tag: '',
    neighborhood: '',
    victory: '',
    src: '',
    theme: 'light',
    timeout: '',
  },
  'event-list': {
    past: '',
    neighborhood: '',
    tag: '',
    limit: '',
    choosers: '',
    series: '',
    src: '',
    theme: 'light',
    timeout: '',
  },
  'speaker-card': {
    speaker: '',
    src: '',
    theme: 'light',
    timeout: '',
  },
  'speaker-list': {
    speakers: '',
    event: '',
    layout: 'grid',
    src: '',
    theme: 'light',
    timeout: '',
  },
  'feedback-form': {
    endpoint: '',
    topic: '',
    'send-timeout': '',
    src: '',
    theme: 'light',
    timeout: '',
  },
} as const;
