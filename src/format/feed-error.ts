/** Why a feed could not be shown; the widgets turn the kind into plain words in the reader's language. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'not-a-feed' | 'no-feed' | 'render';

/** A feed that could not be loaded or read. `message` names the cause for developers. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    /** What went wrong, in one word. */
    readonly kind: FeedErrorKind,
    message: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }

  /** Whether trying again may help: the network, a timeout or a server error. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}
