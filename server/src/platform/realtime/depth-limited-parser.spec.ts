import type { Packet } from 'socket.io-parser';

import { DepthLimitedDecoder, leadingEventName, packetDataStart, TooDeepPayload } from './depth-limited-parser';

const decode = (...chunks: (string | Buffer)[]): Packet[] => {
  const decoder = new DepthLimitedDecoder();
  const packets: Packet[] = [];
  decoder.on('decoded', (packet: Packet) => packets.push(packet));
  for (const chunk of chunks) decoder.add(chunk);
  return packets;
};

describe('DepthLimitedDecoder', () => {
  it("finds where a packet's JSON begins past type, attachments, namespace and ack id", () => {
    expect(packetDataStart('2["a"]')).toBe(1);
    expect(packetDataStart('2/live,["a"]')).toBe(7);
    expect(packetDataStart('2/live,17["a"]')).toBe(9);
    expect(packetDataStart('51-/live,3["a"]')).toBe(10);
    expect(packetDataStart('2/"[,["a"]')).toBe(5);
  });

  it('reads the event name without the rest, or null when the JSON does not open with one', () => {
    expect(leadingEventName('2/live,3["chat:send",[[[[', 8)).toBe('chat:send');
    expect(leadingEventName('2[ "a\\"b" ,{', 1)).toBe('a"b');
    expect(leadingEventName('2[[[[', 1)).toBeNull();
    expect(leadingEventName('2[7,[[[', 1)).toBeNull();
  });

  it('decodes an event within the cap as socket.io-parser does', () => {
    expect(decode('2/live,4["chat:send",{"a":[1]}]')).toEqual([
      { type: 2, nsp: '/live', id: 4, data: ['chat:send', { a: [1] }] },
    ]);
  });

  it('decodes a too-deep event as its name and the stand-in, binary ones after their attachments', () => {
    const deep = '['.repeat(40) + ']'.repeat(40);
    expect(decode(`2/live,4["chat:send",${deep}]`)).toEqual([
      { type: 2, nsp: '/live', id: 4, data: ['chat:send', new TooDeepPayload(32)] },
    ]);
    const binary = '['.repeat(40) + '{"_placeholder":true,"num":0}' + ']'.repeat(40);
    expect(decode(`51-/live,5["notes:update",${binary}]`, Buffer.from('x'), '2/live,["next"]')).toEqual([
      { type: 2, nsp: '/live', id: 5, data: ['notes:update', new TooDeepPayload(32)] },
      { type: 2, nsp: '/live', data: ['next'] },
    ]);
  });

  it('refuses any other packet that deep as malformed (the connection closes, as for any malformed packet)', () => {
    expect(() => decode(`0/live,{"a":${'['.repeat(40)}`)).toThrow('nested deeper than 32');
    expect(() => decode(`2/live,[${'['.repeat(40)}`)).toThrow('nested deeper than 32');
  });
});
