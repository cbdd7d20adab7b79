import { StrictMode, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  CoalitionEventList,
  CoalitionFeed,
  CoalitionSpeakerCard,
  CoalitionSpeakerList,
  CoalitionVictoryTracker,
} from '../../src/react.js';

/** A partner's React 19 page: the typed wrappers, a feed, and events flowing into React state. */
export function App({ feedUrl }: { feedUrl: string }) {
  const [coalition, setCoalition] = useState('');
  const [neighborhood, setNeighborhood] = useState<string>();
  return (
    <main>
      <h1>Our partners in React</h1>
      <p role="status">
        {coalition && `News from ${coalition}`}
        {neighborhood && `, events in ${neighborhood}`}
      </p>
      <CoalitionFeed src={feedUrl} onFeedLoad={(event) => setCoalition(event.detail.feed.coalition.name)}>
        <h2>Latest win</h2>
        <CoalitionVictoryTracker layout="highlight" theme="auto" />
        <h2>Events</h2>
        <CoalitionEventList limit={3} onFilterChange={(event) => setNeighborhood(event.detail.neighborhood)} />
        <h2>Speaker</h2>
        <CoalitionSpeakerCard speaker="chas-moore" />
        <h3>Session voices</h3>
        <CoalitionSpeakerList layout="list" />
      </CoalitionFeed>
    </main>
  );
}

export function mountReactDemo(container: HTMLElement, feedUrl: string): Root {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App feedUrl={feedUrl} />
    </StrictMode>,
  );
  return root;
}
