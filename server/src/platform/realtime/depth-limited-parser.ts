import { Decoder, Encoder, type Packet, PacketType } from 'socket.io-parser';

import { jsonDepth, MAX_JSON_DEPTH } from '../http/json-body';

/** Stands in for a payload nested deeper than MAX_JSON_DEPTH, which is never parsed; SocketValidationPipe refuses it. */
export class TooDeepPayload {
  constructor(readonly limit: number) {}
}

const QUOTE = '"';
const BACKSLASH = '\\';
const JSON_WHITESPACE = new Set([' ', '\t', '\n', '\r']);

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/**
 * Where a packet string's JSON begins, by socket.io-parser's header grammar: type digit, attachment count and `-`
 * (binary), namespace up to `,`, ack id digits. Finding it exactly matters: a quote in the header would otherwise
 * shift the depth count's idea of what is inside a string.
 */
export function packetDataStart(packet: string): number {
  let i = 1;
  const type = Number(packet.charAt(0));
  if (type === PacketType.BINARY_EVENT || type === PacketType.BINARY_ACK) {
    while (i < packet.length && packet.charAt(i) !== '-') i++;
    i++;
  }
  if (packet.charAt(i) === '/') {
    while (i < packet.length && packet.charAt(i) !== ',') i++;
    i++;
  }
  while (i < packet.length && isDigit(packet.charAt(i))) i++;
  return i;
}

/** The event name that opens an event's JSON (`["chat:send",…`), read without parsing the rest, or null. */
export function leadingEventName(packet: string, from: number): string | null {
  let i = from;
  const skipWhitespace = (): void => {
    while (JSON_WHITESPACE.has(packet.charAt(i))) i++;
  };
  skipWhitespace();
  if (packet.charAt(i) !== '[') return null;
  i++;
  skipWhitespace();
  if (packet.charAt(i) !== QUOTE) return null;
  const start = i;
  for (i++; i < packet.length; i++) {
    const c = packet.charAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return JSON.parse(packet.slice(start, i + 1)) as string;
  }
  return null;
}

/**
 * socket.io-parser's decoder with the HTTP body's depth cap. An event nested deeper than MAX_JSON_DEPTH used to
 * reach class-transformer, whose recursion overflowed the stack (an internal error, a logged stack trace, and
 * ~200 ms of a blocked event loop per packet), and a binary one overflowed the parser's own reconstruction, which
 * closed the connection. Such an event is now decoded as its name with a TooDeepPayload in place of its
 * arguments, so the handler's pipe answers it with a validation error ack and the connection stays. Any other
 * packet that deep (a handshake, an ack, an event without a name) is malformed, and socket.io closes the
 * connection for it as for any malformed packet.
 */
export class DepthLimitedDecoder extends Decoder {
  /** Decodes what is left of a too-deep event: its name, then (for a binary one) its attachments. */
  private refusing: Decoder | null = null;

  override add(chunk: unknown): void {
    if (this.refusing) return this.refusing.add(chunk);
    if (typeof chunk !== 'string') return super.add(chunk);
    const dataStart = packetDataStart(chunk);
    // One more level than the cap: the event's JSON is the array around its name and payload.
    if (jsonDepth(chunk, MAX_JSON_DEPTH + 1, dataStart) >= 0) return super.add(chunk);
    const type = Number(chunk.charAt(0));
    const isEvent = type === PacketType.EVENT || type === PacketType.BINARY_EVENT;
    const event = isEvent ? leadingEventName(chunk, dataStart) : null;
    if (event === null) throw new Error(`packet nested deeper than ${MAX_JSON_DEPTH} levels`);
    // The base decoder emits through Emitter's own method, past any override, so a decoder of its own does the
    // header and the attachments, and its packet is passed on with the stand-in added.
    const refusing = new Decoder();
    refusing.on('decoded', (packet: Packet) => {
      this.refusing = null;
      this.emitReserved('decoded', {
        ...packet,
        data: [...(packet.data as unknown[]), new TooDeepPayload(MAX_JSON_DEPTH)],
      });
    });
    this.refusing = refusing;
    try {
      refusing.add(chunk.slice(0, dataStart) + JSON.stringify([event]));
    } catch (err) {
      this.refusing = null;
      throw err;
    }
  }

  override destroy(): void {
    this.refusing?.destroy();
    this.refusing = null;
    super.destroy();
  }
}

/** The `parser` option of our Socket.IO server: socket.io-parser's encoder, the depth-limited decoder. */
export const depthLimitedParser = { Encoder, Decoder: DepthLimitedDecoder };
