// The hand-written baseline: a plain DOM loop that builds the event list's markup for every event,
// doing the same date formatting, with no framework and no windowing.
export function renderWithDom(container, feed) {
  const zone = feed.coalition.timezone;
  const dayOf = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone });
  const heading = new Intl.DateTimeFormat('en', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: zone,
  });
  const range = new Intl.DateTimeFormat('en', {
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: zone,
  });
  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const events = [...feed.events].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  let day = '';
  let list;
  for (const event of events) {
    const start = new Date(event.start);
    const key = dayOf.format(start);
    if (key !== day) {
      day = key;
      const section = element('section', 'day');
      section.append(element('h3', '', heading.format(start)));
      list = element('ul');
      section.append(list);
      container.append(section);
    }
    const article = element('article');
    article.append(element('h4', '', event.title));
    const time = element('time', '', range.formatRange(start, new Date(event.end)));
    time.setAttribute('datetime', event.start);
    const when = element('p', 'time');
    when.append(time);
    article.append(when, element('p', 'place', `${event.location.name}, ${event.location.address}`));
    article.append(element('p', 'meta', `${event.neighborhood} · #${event.tags[0]}`));
    const actions = element('div', 'actions');
    const rsvp = element('a', 'rsvp', 'RSVP');
    rsvp.href = event.rsvp;
    rsvp.setAttribute('aria-label', `RSVP for ${event.title}`);
    const google = element('a', '', 'Google Calendar');
    google.href = `https://calendar.google.com/calendar/render?${new URLSearchParams({ action: 'TEMPLATE', text: event.title })}`;
    actions.append(rsvp, element('button', '', 'Add to calendar (.ics)'), google);
    article.append(actions);
    const item = element('li');
    item.append(article);
    list.append(item);
  }
}
