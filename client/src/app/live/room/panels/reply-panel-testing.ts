import type { LiveParticipant } from '@kotopaikka/contracts';

import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../../core/i18n/translator';
import { GuestLiveConnection } from '../../../core/live/guest-socket';
import { LiveConnection } from '../../../core/live/live-socket';
import { appStable, until } from '../../../testing/test-app';
import { setUpLiveTest } from '../../shared/live-testing';
import { LIVE_ROOM_TIMING, LiveRoom } from '../live-room';
import { FakeRoomSocket, SESSION_ID } from '../live-room-testing';
import { RoomGroup } from '../room-group';

type Reply = (payload: never) => unknown;

/** The fake server end with answers for a panel's own events (`replies.set('chat:history', () => ({ ok: true, … }))`). */
export class PanelSocket extends FakeRoomSocket {
  readonly replies = new Map<string, Reply>();

  override emit(event: string, payload: unknown, ack?: (answer: unknown) => void): this {
    const reply = this.replies.get(event);
    if (!reply) return super.emit(event, payload, ack);
    this.sent.push({ event, payload });
    if (ack) setTimeout(() => ack(reply(payload as never)));
    return this;
  }

  reply(event: string, answer: unknown | Reply): this {
    this.replies.set(event, typeof answer === 'function' ? (answer as Reply) : () => answer);
    return this;
  }
}

export interface OpenPanel<T> {
  fixture: ComponentFixture<T>;
  el: HTMLElement;
  room: LiveRoom;
  byTestId: (id: string) => HTMLElement | null;
  allByTestId: (id: string) => HTMLElement[];
  /** Waits for the render after whatever the spec just did. */
  settle: () => Promise<void>;
}

export const failed = (code: string) => ({ ok: false, code, message: code, details: null });

/** Test-only: an opened LiveRoom over `socket` (joined as `me`), and the panel rendered in the page. */
export async function openPanel<T>(
  component: Type<T>,
  socket: PanelSocket,
  me: LiveParticipant,
): Promise<OpenPanel<T>> {
  setUpLiveTest('2026-03-29T07:10:00Z', [
    LiveRoom,
    RoomGroup,
    { provide: LiveConnection, useValue: { connect: () => Promise.resolve(socket) } },
    { provide: GuestLiveConnection, useValue: { open: () => Promise.resolve(socket) } },
    { provide: LIVE_ROOM_TIMING, useValue: { heartbeatMs: 60_000, backMs: 80, ackMs: 2000, retryMs: 20 } },
  ]);
  socket.me = me;
  socket.connected = true;
  const room = TestBed.inject(LiveRoom);
  await room.open(SESSION_ID);
  await until(() => room.me(), 'joined');
  const fixture = TestBed.createComponent(component);
  const el = fixture.nativeElement as HTMLElement;
  document.body.appendChild(el);
  fixture.detectChanges();
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  return {
    fixture,
    el,
    room,
    byTestId: (id) => el.querySelector<HTMLElement>(`[data-testid=${id}]`),
    allByTestId: (id) => Array.from(el.querySelectorAll<HTMLElement>(`[data-testid=${id}]`)),
    settle,
  };
}

export function t(key: string, params?: Record<string, string | number>): string {
  return TestBed.inject(Translator).t(key, params);
}

/** An element's text with the template's line breaks and indents collapsed (numbers' no-break spaces kept). */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** Types into an input or textarea as a person would (the value, then an `input` event). */
export function type(el: HTMLElement | null, value: string): void {
  const field = el as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Presses a key on an element. */
export function press(el: HTMLElement | null, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  el?.dispatchEvent(event);
  return event;
}

/** Confirms the open confirmation dialog (its confirm button is the last). */
export async function confirmDialog(): Promise<void> {
  // The dialog's buttons take their results at its first render: a click before it would answer "undefined".
  await appStable();
  const button = await until(
    () => document.querySelector<HTMLButtonElement>('kp-confirm-dialog mat-dialog-actions button:last-of-type'),
    'the confirmation dialog',
  );
  button.click();
  await appStable();
}
