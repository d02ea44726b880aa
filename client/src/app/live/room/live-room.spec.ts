import { ErrorCode, type LiveRoomEvent } from '@kotopaikka/contracts';

import { TestBed } from '@angular/core/testing';

import { GuestLiveConnection } from '../../core/live/guest-socket';
import { LiveConnection } from '../../core/live/live-socket';
import { until } from '../../testing/test-app';
import { LIVE_ROOM_TIMING, LiveRoom } from './live-room';
import { AINO, BOB, FakeRoomSocket, HOST, SESSION_ID } from './live-room-testing';

describe('LiveRoom', () => {
  let socket: FakeRoomSocket;
  let guestSocket: FakeRoomSocket;
  let guestTokens: string[];
  let room: LiveRoom;
  let applied: LiveRoomEvent[];

  beforeEach(() => {
    socket = new FakeRoomSocket();
    guestSocket = new FakeRoomSocket();
    guestTokens = [];
    const connection = { connect: () => Promise.resolve(socket) };
    const guestConnection = {
      open: (token: string) => {
        guestTokens.push(token);
        return Promise.resolve(guestSocket);
      },
    };
    TestBed.configureTestingModule({
      providers: [
        LiveRoom,
        { provide: LiveConnection, useValue: connection },
        { provide: GuestLiveConnection, useValue: guestConnection },
        { provide: LIVE_ROOM_TIMING, useValue: { heartbeatMs: 30, backMs: 60, ackMs: 2000, retryMs: 20 } },
      ],
    });
    room = TestBed.inject(LiveRoom);
    applied = [];
    room.events.subscribe((e) => applied.push(e));
  });

  const seqs = () => applied.map((e) => e.seq);

  it('joins on connect with the last seq, applies the history once, and keeps presence from the snapshot on', async () => {
    socket.record('chat.message', { text: 'a' }, false);
    socket.record('presence.joined', HOST, false);
    await room.open(SESSION_ID);
    expect(socket.sentOf('live:join')).toEqual([]);
    socket.up();
    await until(() => room.connectionState() === 'connected', 'joined');
    expect(socket.sentOf('live:join')).toEqual([{ sessionId: SESSION_ID, afterSeq: 0 }]);
    expect(seqs()).toEqual([1, 2]);
    expect(room.me()).toEqual(AINO);
    expect(room.participants().map((p) => p.id)).toEqual([HOST.id, AINO.id]);

    socket.record('presence.joined', BOB);
    socket.record('participant.role', { participantId: AINO.id, role: 'cohost' });
    await until(() => room.participants().length === 3, 'Bob shown');
    expect(room.participants().map((p) => [p.id, p.role])).toEqual([
      [HOST.id, 'host'],
      [AINO.id, 'cohost'],
      [BOB.id, 'guest'],
    ]);
    expect(room.isHost()).toBeTrue();
    socket.record('presence.left', { participantId: BOB.id });
    await until(() => room.participants().length === 2, 'Bob gone');
    expect(seqs()).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts events that arrive out of order or twice in seq order, exactly once, and asks for a gap', async () => {
    await room.open(SESSION_ID);
    socket.up();
    await until(() => room.connectionState() === 'connected', 'joined');
    const [e1, e2, e3, e4] = [1, 2, 3, 4].map((n) => socket.record('chat.message', { n }, false));
    socket.deliver(e1);
    socket.deliver(e2);
    socket.deliver(e2);
    socket.deliver(e1);
    expect(seqs()).toEqual([1, 2]);
    // 4 before 3: 3 is asked for with live:replay after 2.
    socket.deliver(e4);
    expect(seqs()).toEqual([1, 2]);
    await until(() => applied.length === 4, 'the gap filled');
    expect(socket.sentOf('live:replay')).toEqual([{ sessionId: SESSION_ID, afterSeq: 2 }]);
    socket.deliver(e3);
    socket.deliver(e4);
    expect(seqs()).toEqual([1, 2, 3, 4]);
    expect(room.lastSeq()).toBe(4);
  });

  it('says "reconnecting" while down, rejoins after the last seen seq, catches up page by page, then says "back"', async () => {
    await room.open(SESSION_ID);
    socket.up();
    await until(() => room.connectionState() === 'connected', 'joined');
    socket.record('chat.message', { n: 1 });
    socket.down();
    expect(room.connectionState()).toBe('reconnecting');
    // Missed while away, more than one replay page.
    socket.replayPage = 2;
    for (let n = 2; n <= 6; n++) socket.record('chat.message', { n }, false);
    socket.up();
    await until(() => room.connectionState() === 'back', 'back');
    await until(() => applied.length === 6, 'every missed event');
    expect(socket.sentOf('live:join')).toEqual([
      { sessionId: SESSION_ID, afterSeq: 0 },
      { sessionId: SESSION_ID, afterSeq: 1 },
    ]);
    expect(socket.sentOf('live:replay')).toEqual([
      { sessionId: SESSION_ID, afterSeq: 3 },
      { sessionId: SESSION_ID, afterSeq: 5 },
    ]);
    expect(seqs()).toEqual([1, 2, 3, 4, 5, 6]);
    await until(() => room.connectionState() === 'connected', '"back" fades');
  });

  it('beats while joined and not while the socket is down', async () => {
    await room.open(SESSION_ID);
    socket.up();
    await until(() => socket.sentOf('live:heartbeat').length >= 2, 'two heartbeats');
    expect(socket.sentOf('live:heartbeat')[0]).toEqual({ sessionId: SESSION_ID });
    socket.down();
    const beats = socket.sentOf('live:heartbeat').length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(socket.sentOf('live:heartbeat').length).toBe(beats);
  });

  it('opens a guest’s own socket with the token, and leaves and closes it at the end', async () => {
    guestSocket.me = BOB;
    guestSocket.connected = true;
    await room.open(SESSION_ID, 'guest-token-1');
    expect(guestTokens).toEqual(['guest-token-1']);
    await until(() => room.connectionState() === 'connected', 'guest joined');
    expect(room.me()).toEqual(BOB);
    expect(room.isHost()).toBeFalse();
    room.close();
    expect(guestSocket.sentOf('live:leave')).toEqual([{ sessionId: SESSION_ID }]);
    expect(guestSocket.disconnected).toBeTrue();
    expect(socket.sent).toEqual([]);
  });

  it('keeps the signed-in socket open on close, and ends up removed when a host removes this person', async () => {
    await room.open(SESSION_ID);
    socket.up();
    await until(() => room.connectionState() === 'connected', 'joined');
    socket.record('participant.removed', { participantId: AINO.id });
    await until(() => room.connectionState() === 'removed', 'removed');
    expect(room.participants()).toEqual([]);
    room.close();
    expect(socket.disconnected).toBeFalse();
    socket.record('chat.message', { n: 2 });
    expect(seqs()).toEqual([1]);
  });

  it('shows a refusal with its code', async () => {
    socket.refuseJoin = 'forbidden';
    await room.open(SESSION_ID);
    socket.up();
    await until(() => room.connectionState() === 'refused', 'refused');
    expect(room.refusal()).toBe(ErrorCode.Forbidden);
  });

  it('tries a join the server is too busy to answer again, later each time, without showing a refusal', async () => {
    socket.refuseJoin = ErrorCode.ServiceUnavailable;
    await room.open(SESSION_ID);
    socket.up();
    await until(() => socket.sentOf('live:join').length === 3, 'three tries');
    expect(room.connectionState()).toBe('connecting');
    expect(room.refusal()).toBeNull();
    socket.refuseJoin = null;
    await until(() => room.connectionState() === 'connected', 'joined at last');
    const tries = socket.sentOf('live:join').length;
    await new Promise((r) => setTimeout(r, 100));
    expect(socket.sentOf('live:join').length).toBe(tries);
  });

  it('hands a panel opened late the history, then the new events of its type', async () => {
    socket.record('chat.message', { n: 1 }, false);
    socket.record('presence.joined', HOST, false);
    await room.open(SESSION_ID);
    socket.up();
    await until(() => applied.length === 2, 'history');
    const chat: unknown[] = [];
    room.on<'chat.message', { n: number }>('chat.message').subscribe((e) => chat.push(e.data.n));
    socket.record('chat.message', { n: 3 });
    expect(chat).toEqual([1, 3]);
  });
});
