/** Why the server ended a socket's session; the client signs out on it. */
export interface SessionEndedEvent {
  reason: 'logout' | 'expired' | 'deactivated';
}

export interface SessionServerEvents {
  'session:ended': (payload: SessionEndedEvent) => void;
}
