import type { ClientEventPayload, ClientEventResult, ClientToServerEventName } from '@kotopaikka/contracts';

import type { LiveTestClient } from '../../testing/live-client';
import type { TestApp } from '../../testing/test-app';

/** How the realtime spec tries one client-to-server event: a valid payload, a bad one, and what must not change. */
export interface EventCase<E extends ClientToServerEventName> {
  /**
   * A payload the signed-in person `userId` may send on `socket` (connected; the case may first send what
   * the event needs, such as joining a room), and the acknowledgement it gets.
   */
  valid(
    t: TestApp,
    userId: string,
    socket: LiveTestClient,
  ): Promise<{ payload: ClientEventPayload<E>; ack: ClientEventResult<E> }>;
  /** A payload with bad fields, the fields the error ack must name, and a check that it changed nothing. */
  invalid: { payload: Record<string, unknown>; fields: string[] };
  unchanged(t: TestApp, userId: string): Promise<void>;
}

/** The cases of a set of events; a capability exports one for its events' names. */
export type EventCases<E extends ClientToServerEventName> = { [K in E]: EventCase<K> };
