import type { Feed, Speaker } from '../format/schema.js';

/** Which speakers a list shows, and what it was asked for that the feed does not have. */
export interface SpeakerSelection {
  speakers: Speaker[];
  /** Ids in `speakers="…"` that name no speaker in the feed. */
  unknown: string[];
  /** `event="…"` names no event in the feed. */
  noEvent: boolean;
}

/**
 * The speakers `speakers="id id"` names, in that order (each once); else the speakers of
 * `event="id"`, in the event's order; else every speaker in the feed.
 */
export function selectSpeakers(feed: Feed, ids: string | undefined, eventId: string | undefined): SpeakerSelection {
  const byId = new Map(feed.speakers.map((speaker) => [speaker.id, speaker]));
  let wanted = ids?.trim() ? [...new Set(ids.trim().split(/\s+/))] : undefined;
  if (!wanted && eventId) {
    const event = feed.events.find((each) => each.id === eventId);
    if (!event) return { speakers: [], unknown: [], noEvent: true };
    // the validator has already left out an event's speakers the feed does not have
    wanted = event.speakers ?? [];
  }
  if (!wanted) return { speakers: feed.speakers, unknown: [], noEvent: false };
  return {
    speakers: wanted.flatMap((id) => byId.get(id) ?? []),
    unknown: wanted.filter((id) => !byId.has(id)),
    noEvent: false,
  };
}
