/** At most this many characters of a message or question are read out: enough to know what it is about. */
export const ANNOUNCE_MAX = 140;

/** A text shortened for a live region's announcement (the whole text stays on the page). */
export function announceable(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain.length > ANNOUNCE_MAX ? `${plain.slice(0, ANNOUNCE_MAX - 1)}…` : plain;
}
