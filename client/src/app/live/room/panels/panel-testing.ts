import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { LiveConnection } from '../../../core/live/live-socket';
import { setUpLiveTest } from '../../shared/live-testing';
import { LIVE_ROOM_TIMING, LiveRoom } from '../live-room';
import { FakeRoomSocket, SESSION_ID } from '../live-room-testing';
import { RoomGroup } from '../room-group';

type Handler = (payload: never, socket: PanelSocket) => unknown;

/** The room's fake socket with answers for a panel's own events (`board:list`, `notes:sync` …). */
export class PanelSocket extends FakeRoomSocket {
  readonly handlers = new Map<string, Handler>();

  handle(event: string, handler: Handler): this {
    this.handlers.set(event, handler);
    return this;
  }

  override emit(event: string, payload: unknown, ack?: (answer: unknown) => void): this {
    const handler = this.handlers.get(event);
    if (!handler) return super.emit(event, payload, ack);
    this.sent.push({ event, payload });
    const answer = handler(payload as never, this);
    if (ack) setTimeout(() => ack(answer));
    return this;
  }
}

/** One room (its own LiveRoom over the next socket given) with a panel in its labelled section, as the room does. */
@Component({
  selector: 'kp-panel-host',
  imports: [NgComponentOutlet],
  providers: [LiveRoom, RoomGroup],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (room.me()) {
      <section aria-labelledby="panel-heading">
        <h2 id="panel-heading">Panel</h2>
        <ng-container *ngComponentOutlet="panel" />
      </section>
    }
  `,
})
export class PanelHost {
  static next: Type<unknown>;
  protected readonly room = inject(LiveRoom);
  protected readonly panel = PanelHost.next;

  constructor() {
    void this.room.open(SESSION_ID);
  }
}

/** Sets up the test module: each LiveRoom opened takes the next of `sockets`. */
export function setUpPanelTest(sockets: PanelSocket[]): void {
  setUpLiveTest('2026-03-25T10:00:00Z', [
    { provide: LiveConnection, useValue: { connect: () => Promise.resolve(sockets.shift()) } },
    { provide: LIVE_ROOM_TIMING, useValue: { heartbeatMs: 60_000, backMs: 80, ackMs: 2000, retryMs: 20 } },
  ]);
}

export function mountPanel(panel: Type<unknown>) {
  PanelHost.next = panel;
  const fixture = TestBed.createComponent(PanelHost);
  document.body.appendChild(fixture.nativeElement);
  fixture.autoDetectChanges();
  return fixture;
}
