import { type AppNotification, DEFAULT_LOCALE, type NotificationList } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { registerDictionary } from '../../core/i18n/dictionaries';
import { Translator } from '../../core/i18n/translator';
import { LiveConnection, type LiveSocket } from '../../core/live/live-socket';
import { notificationsI18n } from './notifications.i18n';

// The texts come with the store, not in the first download: the bell and the home panel inject it, so its module has
// run (outside change detection, when their chunk loads) before either of them renders.
registerDictionary(notificationsI18n);

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

  /**
   * The notification in words, in the viewer's language: its kind's text (the `.due` variant when it has a due
   * date) with its params, or a generic line for kinds this client does not know.
   */
  text(notification: AppNotification): string {
    const key = `shell.notification.kind.${notification.kind}`;
    if (!this.translator.has(key)) return this.translator.t('shell.notification.generic');
    const params = this.params(notification.params);
    const due = `${key}.due`;
    return params['dueDate'] !== undefined && this.translator.has(due)
      ? this.translator.t(due, params)
      : this.translator.t(key, params);
  }

  /** `name.fi` / `name.en` params become `name` in the viewer's language (Finnish when theirs is empty); due dates are formatted. */
  private params(raw: AppNotification['params']): Record<string, string | number> {
    const params: Record<string, string | number> = {};
    const localized = new Map<string, Partial<Record<string, string | number>>>();
    for (const [key, value] of Object.entries(raw)) {
      const match = /^(.+)\.(fi|en)$/.exec(key);
      if (match) localized.set(match[1], { ...localized.get(match[1]), [match[2]]: value });
      else params[key] = value;
    }
    const locale = this.translator.locale();
    for (const [name, byLocale] of localized) {
      const own = byLocale[locale];
      params[name] = own !== undefined && own !== '' ? own : (byLocale[DEFAULT_LOCALE] ?? '');
    }
    const dueDate = params['dueDate'];
    // A calendar date: noon UTC is the same day in Helsinki.
    if (typeof dueDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(dueDate))
      params['dueDate'] = this.translator.formatDate(`${dueDate}T12:00:00Z`);
    return params;
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
    const answer = await firstValueFrom(
      this.http.post<{ unread?: number } | null>(`/api/notifications/${id}/read`, {}),
    );
    this.itemsSignal.update((items) =>
      items.map((n) => (n.id === id ? { ...n, readAt: new Date().toISOString() } : n)),
    );
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
