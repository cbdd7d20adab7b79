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

/** Each widget's attributes that take one of a few words (`layout`, `theme`), with those words in order. */
export const widgetChoices = {
  'victory-tracker': {
    layout: ['list', 'grid', 'highlight'],
    theme: ['light', 'dark', 'auto'],
  },
  'event-list': {
    theme: ['light', 'dark', 'auto'],
  },
  'speaker-card': {
    theme: ['light', 'dark', 'auto'],
  },
  'speaker-list': {
    layout: ['grid', 'list'],
    theme: ['light', 'dark', 'auto'],
  },
  'feedback-form': {
    theme: ['light', 'dark', 'auto'],
  },
} as const;

/**
 * The languages the widgets ship, each named in itself: English and Spanish are in every bundle,
 * each other one is a file of its own beside it (`translations/<code>.js`).
 */
export const languages = [
  ['en', 'English'],
  ['es', 'Español'],
  ['ar', 'العربية'],
  ['ht', 'Kreyòl ayisyen'],
  ['vi', 'Tiếng Việt'],
  ['zh-Hans', '简体中文'],
  ['zh-Hant', '繁體中文'],
] as const;
