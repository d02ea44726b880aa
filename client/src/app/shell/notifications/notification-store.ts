import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { AppNotification, NotificationList } from '@kotopaikka/contracts';
import { firstValueFrom } from 'rxjs';

import { Translator } from '../../core/i18n/translator';
import { LiveConnection, type LiveSocket } from '../../core/live/live-socket';

/** The signed-in user's notifications: loaded over HTTP, kept current by `/live` pushes. */
@Injectable({ providedIn: 'root' })
export class NotificationStore {
  private readonly http = inject(HttpClient);
  private readonly live = inject(LiveConnection);
  private readonly translator = inject(Translator);
  private readonly itemsSignal = signal<AppNotification[]>([]);
  private readonly unreadSignal = signal(0);
  private readonly announcementSignal = signal('');
  private readonly failedSignal = signal(false);
  private socket: LiveSocket | null = null;

  readonly items = this.itemsSignal.asReadonly();
  readonly unread = this.unreadSignal.asReadonly();
  readonly failed = this.failedSignal.asReadonly();
  /** The latest text for the polite live region. */
  readonly announcement = this.announcementSignal.asReadonly();
  readonly hasUnread = computed(() => this.unreadSignal() > 0);

  /** The notification in words: its kind's text with its params, or a generic line for kinds this client does not know. */
  text(notification: AppNotification): string {
    const key = `shell.notification.kind.${notification.kind}`;
    return this.translator.has(key)
      ? this.translator.t(key, notification.params)
      : this.translator.t('shell.notification.generic');
  }

  async load(): Promise<void> {
    try {
      const list = await firstValueFrom(this.http.get<NotificationList>('/api/notifications'));
      this.itemsSignal.set(list.items);
      this.unreadSignal.set(list.unread);
      this.failedSignal.set(false);
    } catch {
      this.failedSignal.set(true);
    }
  }

  async markRead(id: string): Promise<void> {
    const target = this.itemsSignal().find((n) => n.id === id);
    if (!target || target.readAt) return;
    const answer = await firstValueFrom(this.http.post<{ unread?: number } | null>(`/api/notifications/${id}/read`, {}));
    this.itemsSignal.update((items) => items.map((n) => (n.id === id ? { ...n, readAt: new Date().toISOString() } : n)));
    this.unreadSignal.update((count) => (typeof answer?.unread === 'number' ? answer.unread : Math.max(0, count - 1)));
  }

  async markAllRead(): Promise<void> {
    await firstValueFrom(this.http.post('/api/notifications/read-all', {}));
    const now = new Date().toISOString();
    this.itemsSignal.update((items) => items.map((n) => (n.readAt ? n : { ...n, readAt: now })));
    this.unreadSignal.set(0);
  }

  /** Pushes from the server: a new notification is listed, counted and announced; the unread count is authoritative. */
  receive(notification: AppNotification): void {
    if (this.itemsSignal().some((n) => n.id === notification.id)) return;
    this.itemsSignal.update((items) => [notification, ...items]);
    if (!notification.readAt) this.unreadSignal.update((count) => count + 1);
    this.announcementSignal.set(this.translator.t('shell.notifications.announce', { text: this.text(notification) }));
  }

  setUnread(unread: number): void {
    this.unreadSignal.set(unread);
  }

  async start(): Promise<void> {
    void this.load();
    const socket = await this.live.connect();
    if (this.socket === socket) return;
    this.socket = socket;
    socket.on('notification:new', (n) => this.receive(n));
    socket.on('notification:unread', ({ unread }) => this.setUnread(unread));
  }

  stop(): void {
    this.socket?.off('notification:new');
    this.socket?.off('notification:unread');
    this.socket = null;
    this.live.disconnect();
    this.itemsSignal.set([]);
    this.unreadSignal.set(0);
    this.announcementSignal.set('');
  }
}
