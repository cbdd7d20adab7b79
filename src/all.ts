// Registers every element. The provider comes first, so widgets inside it find it as they upgrade.
import './feed.js';
import './victory-tracker.js';
import './event-list.js';
import './speaker-card.js';
import './speaker-list.js';
import './feedback-form.js';
