import { LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { io, type Socket } from 'socket.io-client';
import { Decoder, Encoder, type Packet, PacketType } from 'socket.io-parser';

import { createUser } from '../../testing/fixtures';
import { connected } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { MAX_JSON_DEPTH } from '../http/json-body';
import { NotificationService } from '../notifications/notification.service';

/** A payload already written as JSON: socket.io-client's own encoder overflows its stack on one this deep. */
class PreEncoded {
  constructor(
    readonly json: string,
    readonly attachment?: Buffer,
  ) {}
}

/** socket.io-parser's encoder, except that it writes a PreEncoded argument as it is (with its one attachment). */
class PreEncodingEncoder extends Encoder {
  override encode(packet: Packet): (string | Buffer)[] {
    const raw = packet.type === PacketType.EVENT ? (packet.data as unknown[])[1] : undefined;
    if (!(raw instanceof PreEncoded)) return super.encode(packet);
    const header = `${packet.nsp === '/' ? '' : `${packet.nsp},`}${packet.id ?? ''}`;
    const data = `[${JSON.stringify((packet.data as unknown[])[0])},${raw.json}]`;
    return raw.attachment ? [`${PacketType.BINARY_EVENT}1-${header}${data}`, raw.attachment] : [`2${header}${data}`];
  }
}

/** `{"a":{"a":…{leaf}…}}`: `depth` levels of objects around the leaf's text. */
const nestedObject = (depth: number, leaf = '{}'): string => '{"a":'.repeat(depth - 1) + leaf + '}'.repeat(depth - 1);

const refusal = {
  ok: false,
  code: 'validation_failed',
  message: `payload: must not nest deeper than ${MAX_JSON_DEPTH} levels`,
  details: [{ field: 'payload', problems: [`must not nest deeper than ${MAX_JSON_DEPTH} levels`] }],
};

describe('a socket payload nested too deep', () => {
  let t: TestApp;
  let socket: Socket;
  let userId: string;
  let notificationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const user = await createUser(t.db);
    userId = user.id;
    const agent = t.agent();
    expect((await agent.login(user.email, user.password)).status).toBe(200);
    socket = io(`${t.baseUrl}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie: `kp_session=${encodeURIComponent(agent.cookie('kp_session') ?? '')}` },
      parser: { Encoder: PreEncodingEncoder, Decoder },
    });
    await connected(socket);
    notificationId = (await t.app.get(NotificationService).notify(userId, 'test.depth')).id;
  });

  afterAll(async () => {
    socket.disconnect();
    await t.close();
  });

  const send = (payload: PreEncoded): Promise<unknown> =>
    socket.timeout(5000).emitWithAck('notification:read', payload);
  const unread = (): Promise<number> => t.app.get(NotificationService).unreadCount(userId);

  it('100,000 deep (600 kB, within maxHttpBufferSize): refused by name, nothing written, the socket kept', async () => {
    const json = nestedObject(100_000, `{"id":"${notificationId}"}`);
    expect(json.length).toBeLessThan(1_000_000);
    expect(await send(new PreEncoded(json))).toEqual(refusal);
    expect(await send(new PreEncoded('['.repeat(100_000) + ']'.repeat(100_000)))).toEqual(refusal);
    expect(await unread()).toBe(1);
    expect(socket.connected).toBe(true);
  });

  it('refuses it as a binary event too (whose reconstruction used to overflow and close the connection)', async () => {
    const json = '['.repeat(100_000) + '{"_placeholder":true,"num":0}' + ']'.repeat(100_000);
    expect(await send(new PreEncoded(json, Buffer.from('x')))).toEqual(refusal);
    expect(socket.connected).toBe(true);
  });

  it('drops one sent without an acknowledgement, and the next event is answered as usual', async () => {
    socket.emit('notification:read', new PreEncoded(nestedObject(100_000)));
    expect(await send(new PreEncoded(JSON.stringify({ id: 'nope' })))).toMatchObject({
      ok: false,
      details: [{ field: 'id' }],
    });
    expect(await unread()).toBe(1);
  });

  it('validates a payload at the cap as usual, and refuses one a level deeper', async () => {
    const atCap = `{"id":"${notificationId}","a":${nestedObject(MAX_JSON_DEPTH - 1)}}`;
    expect(await send(new PreEncoded(atCap))).toMatchObject({
      ok: false,
      code: 'validation_failed',
      details: [{ field: 'a', problems: ['property a should not exist'] }],
    });
    const overCap = `{"id":"${notificationId}","a":${nestedObject(MAX_JSON_DEPTH)}}`;
    expect(await send(new PreEncoded(overCap))).toEqual(refusal);
    expect(await unread()).toBe(1);
  });

  it('keeps the connection usable for the next valid event', async () => {
    expect(await send(new PreEncoded(nestedObject(100_000)))).toEqual(refusal);
    expect(await send(new PreEncoded(JSON.stringify({ id: notificationId })))).toEqual({ ok: true, unread: 0 });
    expect(await unread()).toBe(0);
    expect(socket.connected).toBe(true);
  });
});
