import { type ClientEventResult, ErrorCode, LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { HttpStatus, Logger, UseGuards } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';

import { ApiException } from '../../platform/errors/api.exception';
import { QueueProducer } from '../../platform/queue/queue-producer.service';
import type { RealtimeSocket } from '../../platform/realtime/realtime-types';
import { SocketHandlers } from '../../platform/realtime/socket-handlers';
import { LiveActorGuard } from '../room/live-actor';
import { RoomAccess } from '../room/room-access.service';
import { liveGroupRoom, liveRoom } from '../room/room-names';
import { NotesAwarenessPayload, NotesRefPayload, NotesSyncPayload, NotesUpdatePayload } from './notes.dto';
import { checkedAwareness, checkedStateVector, checkedUpdate, toBase64 } from './notes-codec';
import { NOTES_COMPACT_AFTER_ROWS, type NotesDocument, NotesStore } from './notes-store.service';

/**
 * The shared notes over the room's socket: Yjs sync (state vector in, missing update and the server's state
 * vector out), updates stored before they are acknowledged and then relayed, awareness relayed only.
 *
 * Edits are relayed as `notes:update`, not through the room's durable seq log: a client that missed some
 * (dropped connection, dead node) sends `notes:sync` with its state vector when it is back and gets exactly
 * what it lacks from PostgreSQL, and sends back what the server lacks. Yjs merges in any order and ignores
 * repeats, so the relay may lose or double a message without losing an edit.
 */
@SocketHandlers()
@UseGuards(LiveActorGuard)
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class NotesGateway {
  private readonly logger = new Logger('LiveNotes');

  constructor(
    private readonly access: RoomAccess,
    private readonly store: NotesStore,
    private readonly producer: QueueProducer,
  ) {}

  @SubscribeMessage('notes:sync')
  async sync(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: NotesSyncPayload,
  ): Promise<ClientEventResult<'notes:sync'>> {
    const doc = await this.document(socket, payload);
    const stateVector = payload.stateVector === undefined ? undefined : checkedStateVector(payload.stateVector);
    const answer = await this.store.sync(doc, stateVector);
    return { ok: true, update: toBase64(answer.update), stateVector: toBase64(answer.stateVector) };
  }

  @SubscribeMessage('notes:update')
  async update(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: NotesUpdatePayload,
  ): Promise<ClientEventResult<'notes:update'>> {
    const doc = await this.document(socket, payload);
    const { rows } = await this.store.append(doc, checkedUpdate(payload.update));
    socket.to(this.room(doc)).emit('notes:update', { ...doc, update: payload.update });
    if (rows >= NOTES_COMPACT_AFTER_ROWS) await this.requestCompaction(doc.sessionId);
    return { ok: true };
  }

  @SubscribeMessage('notes:awareness')
  async awareness(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: NotesAwarenessPayload,
  ): Promise<ClientEventResult<'notes:awareness'>> {
    const doc = await this.document(socket, payload);
    checkedAwareness(payload.update);
    socket.to(this.room(doc)).emit('notes:awareness', { ...doc, update: payload.update });
    return { ok: true };
  }

  /**
   * The document a member of the room may use. A group's notes are for the sockets in that group's room
   * (the breakout feature puts its members and visiting hosts there, on whichever node holds the socket).
   */
  private async document(socket: RealtimeSocket, ref: NotesRefPayload): Promise<NotesDocument> {
    await this.access.member(socket.id, ref.sessionId);
    const groupId = ref.groupId ?? null;
    if (groupId !== null && !socket.rooms.has(liveGroupRoom(ref.sessionId, groupId)))
      throw new ApiException(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, 'Join the breakout group before its notes');
    return { sessionId: ref.sessionId, groupId };
  }

  private room(doc: NotesDocument): string {
    return doc.groupId ? liveGroupRoom(doc.sessionId, doc.groupId) : liveRoom(doc.sessionId);
  }

  // One pending compaction per session however many updates ask; if the queue is away the sweep does it later.
  private async requestCompaction(sessionId: string): Promise<void> {
    try {
      await this.producer.add(
        'live',
        'notes-compact',
        { sessionId },
        { deduplication: { id: `notes-compact:${sessionId}` } },
      );
    } catch (err) {
      this.logger.warn(
        { sessionId, err: (err as Error).message },
        'could not ask for a notes compaction; the sweep will',
      );
    }
  }
}
