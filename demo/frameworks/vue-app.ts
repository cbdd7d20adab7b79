import { createApp, defineComponent, h, ref, type App } from 'vue';
import '../../src/all.js';

/** A partner's Vue 3 page: the tags in a render function, a feed object passed as a property, events into refs. */
const Page = defineComponent({
  props: { feedUrl: { type: String, required: true } },
  setup(props) {
    const feed = ref<object>();
    const shared = ref('');
    fetch(props.feedUrl)
      .then((response) => response.json())
      .then((document: object) => (feed.value = document));
    return () =>
      h('main', [
        h('h1', 'Our partners in Vue'),
        h('p', { role: 'status' }, shared.value ? `Shared: ${shared.value}` : ''),
        feed.value
          ? [
              h('h2', 'Victories'),
              h('coalition-victory-tracker', {
                '.feed': feed.value,
                layout: 'grid',
                limit: 2,
                'onCoalition-victory-share': (event: HTMLElementEventMap['coalition-victory-share']) =>
                  (shared.value = event.detail.victory.id),
              }),
              h('h2', 'Events'),
              h('coalition-event-list', { '.feed': feed.value, limit: 2, theme: 'auto' }),
              h('h2', 'Speakers'),
              h('h3', 'Session voices'),
              h('coalition-speaker-list', { '.feed': feed.value, layout: 'list' }),
            ]
          : h('p', 'Loading…'),
      ]);
  },
});

export function mountVueDemo(container: HTMLElement, feedUrl: string): App {
  const app = createApp(Page, { feedUrl });
  app.mount(container);
  return app;
}
