import {
  type ErrorCode,
  LIVE_CHAT_MAX_LENGTH,
  type LiveChatEvent,
  type LiveChatMessage,
  type LiveChatReport,
} from '@kotopaikka/contracts';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  type ElementRef,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { Subscription } from 'rxjs';

import { TranslatePipe } from '../../../../core/i18n/translate-pipe';
import { Translator } from '../../../../core/i18n/translator';
import { confirmAction } from '../../../../ui/dialog/confirm-dialog';
import { focusAfterRender } from '../../../../ui/focus/focus-after-render';
import { LiveFormat } from '../../../shared/live-format';
import { LiveRoom } from '../../live-room';
import { RoomGroup } from '../../room-group';
import { announceable } from '../panel-support';

/**
 * The room's chat (or a breakout group's, with `groupId`): the latest history on open and older pages on demand,
 * live messages from the room's events, the send box, the hosts' lock, delete and reports. A new message from
 * someone else is read out through a polite live region; the focus stays where it is.
 */
@Component({
  selector: 'kp-chat-panel',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './chat-panel.html',
  styleUrl: './chat-panel.scss',
})
export class ChatPanel {
  private readonly room = inject(LiveRoom);
  private readonly roomGroup = inject(RoomGroup);
  private readonly translator = inject(Translator);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focus = focusAfterRender();
  protected readonly format = inject(LiveFormat);

  /** The breakout group whose chat this is (the participant's own, or the one a host visits); null: the main room. */
  protected readonly groupId = computed(() => this.roomGroup.shown()?.id ?? null);

  protected readonly maxLength = LIVE_CHAT_MAX_LENGTH;
  protected readonly messages = signal<LiveChatMessage[]>([]);
  protected readonly more = signal(false);
  protected readonly loading = signal(true);
  protected readonly loadingOlder = signal(false);
  protected readonly loadFailed = signal(false);
  protected readonly locked = signal(false);
  protected readonly draft = signal('');
  protected readonly sending = signal(false);
  protected readonly sendFailure = signal<ErrorCode | 'empty' | null>(null);
  protected readonly actionFailure = signal<ErrorCode | null>(null);
  protected readonly announcement = signal('');
  protected readonly reports = signal<LiveChatReport[]>([]);
  protected readonly reportedByMe = signal<ReadonlySet<string>>(new Set());

  protected readonly isHost = this.room.isHost;
  protected readonly meId = computed(() => this.room.me()?.id ?? null);
  protected readonly mayWrite = computed(() => !this.locked() || this.isHost());
  protected readonly count = computed(() => this.draft().length);
  protected readonly reporterName = (reporter: { name: string }): string => reporter.name;
  protected readonly domId = `kp-chat-${Math.random().toString(36).slice(2, 8)}`;

  private readonly list = viewChild<ElementRef<HTMLElement>>('list');
  /** Deletions seen before the message itself came (history still on its way). */
  private readonly deletedIds = new Set<string>();
  private live = false;
  private reportsLoaded = false;
  private subscription: Subscription | null = null;

  constructor() {
    effect(() => {
      const groupId = this.groupId();
      untracked(() => this.start(groupId));
    });
    effect(() => {
      if (this.isHost()) untracked(() => void this.loadReports());
    });
  }

  /** Shows one room's chat (the main room's or a group's): what was on screen goes, its history comes. */
  private start(groupId: string | null): void {
    this.subscription?.unsubscribe();
    this.live = false;
    this.messages.set([]);
    this.more.set(false);
    this.deletedIds.clear();
    this.sendFailure.set(null);
    this.subscription = this.room
      .on<LiveChatEvent['type'], LiveChatEvent['data']>('chat.message', 'chat.deleted', 'chat.locked')
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((event) => {
        if (event.groupId !== groupId && event.type !== 'chat.locked') return;
        const e = event as LiveChatEvent;
        switch (e.type) {
          case 'chat.message': {
            const message: LiveChatMessage = { ...e.data, seq: e.seq, at: e.at, groupId: e.groupId, deleted: false };
            if (this.deletedIds.has(message.id)) Object.assign(message, { text: null, deleted: true });
            this.merge([message]);
            if (this.live && message.participantId !== this.meId() && message.text) {
              this.announcement.set(
                this.translator.t('live.chat.announce', { name: message.name, text: announceable(message.text) }),
              );
            }
            this.scrollToEnd();
            break;
          }
          case 'chat.deleted':
            this.markDeleted(e.data.messageId);
            break;
          case 'chat.locked':
            this.locked.set(e.data.locked);
            if (this.live)
              this.announcement.set(this.translator.t(e.data.locked ? 'live.chat.nowLocked' : 'live.chat.nowUnlocked'));
            break;
        }
      });
    // What the subscription replayed is history: only what comes after it is announced.
    this.live = true;
    void this.loadHistory(groupId);
  }

  private async loadHistory(groupId = this.groupId()): Promise<void> {
    this.loading.set(true);
    this.loadFailed.set(false);
    const ack = await this.room.request('chat:history', { sessionId: this.room.id, groupId });
    // Moved to another room meanwhile: that room's history is on its way.
    if (groupId !== this.groupId()) return;
    this.loading.set(false);
    if (!ack.ok) {
      this.loadFailed.set(true);
      return;
    }
    this.merge(ack.messages);
    this.more.set(ack.more);
    this.locked.set(ack.locked);
    this.scrollToEnd();
  }

  protected retry(): void {
    void this.loadHistory();
  }

  protected async showOlder(): Promise<void> {
    const oldest = this.messages()[0];
    if (!oldest || this.loadingOlder()) return;
    this.loadingOlder.set(true);
    const ack = await this.room.request('chat:history', {
      sessionId: this.room.id,
      groupId: this.groupId(),
      beforeSeq: oldest.seq,
    });
    this.loadingOlder.set(false);
    if (!ack.ok) {
      this.actionFailure.set(ack.code);
      return;
    }
    this.merge(ack.messages);
    this.more.set(ack.more);
    const first = ack.messages[ack.messages.length - 1] ?? oldest;
    this.focus(`[data-message-id="${first.id}"]`);
  }

  protected onInput(event: Event): void {
    this.draft.set((event.target as HTMLTextAreaElement).value);
    if (this.sendFailure() === 'empty') this.sendFailure.set(null);
  }

  /** Enter sends, Shift+Enter makes a new line (so does Enter while an input method composes). */
  protected onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    void this.send();
  }

  protected async send(): Promise<void> {
    if (this.sending()) return;
    const text = this.draft().trim();
    if (!text) {
      this.sendFailure.set('empty');
      return;
    }
    this.sending.set(true);
    this.sendFailure.set(null);
    const ack = await this.room.request('chat:send', { sessionId: this.room.id, text, groupId: this.groupId() });
    this.sending.set(false);
    if (!ack.ok) {
      this.sendFailure.set(ack.code);
      return;
    }
    this.merge([ack.message]);
    this.draft.set('');
    this.scrollToEnd();
  }

  protected async toggleLock(): Promise<void> {
    const locked = !this.locked();
    this.actionFailure.set(null);
    const ack = await this.room.request('chat:lock', { sessionId: this.room.id, locked });
    if (!ack.ok) this.actionFailure.set(ack.code);
    else this.locked.set(locked);
  }

  protected remove(message: LiveChatMessage): void {
    confirmAction(this.dialog, {
      title: this.translator.t('live.chat.deleteTitle'),
      message: this.translator.t('live.chat.deleteMessage', { name: message.name }),
      confirmLabel: this.translator.t('live.chat.delete'),
    }).subscribe((confirmed) => {
      if (confirmed) void this.deleteConfirmed(message);
    });
  }

  private async deleteConfirmed(message: LiveChatMessage): Promise<void> {
    this.actionFailure.set(null);
    const ack = await this.room.request('chat:delete', { sessionId: this.room.id, messageId: message.id });
    if (!ack.ok) {
      this.actionFailure.set(ack.code);
      return;
    }
    this.markDeleted(message.id);
    this.announcement.set(this.translator.t('live.chat.deleted'));
  }

  protected report(message: LiveChatMessage): void {
    confirmAction(this.dialog, {
      title: this.translator.t('live.chat.reportTitle'),
      message: this.translator.t('live.chat.reportMessage', { name: message.name }),
      confirmLabel: this.translator.t('live.chat.report'),
    }).subscribe((confirmed) => {
      if (confirmed) void this.reportConfirmed(message);
    });
  }

  private async reportConfirmed(message: LiveChatMessage): Promise<void> {
    this.actionFailure.set(null);
    const ack = await this.room.request('chat:report', { sessionId: this.room.id, messageId: message.id });
    if (!ack.ok) {
      this.actionFailure.set(ack.code);
      return;
    }
    this.reportedByMe.update((ids) => new Set([...ids, message.id]));
    this.announcement.set(this.translator.t('live.chat.reported'));
  }

  private async loadReports(): Promise<void> {
    // Once: someone made co-host again must not hear each report twice.
    if (this.reportsLoaded) return;
    this.reportsLoaded = true;
    this.room
      .listen('chat:reported')
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(({ sessionId, report }) => {
        if (sessionId !== this.room.id) return;
        this.reports.update((list) => [report, ...list.filter((r) => r.message.id !== report.message.id)]);
        this.announcement.set(this.translator.t('live.chat.newReport', { name: report.message.name }));
      });
    const ack = await this.room.request('chat:reports', { sessionId: this.room.id });
    if (ack.ok) {
      const known = new Set(this.reports().map((r) => r.message.id));
      this.reports.update((list) => [...list, ...ack.reports.filter((r) => !known.has(r.message.id))]);
    }
  }

  private merge(messages: LiveChatMessage[]): void {
    if (!messages.length) return;
    this.messages.update((list) => {
      const byId = new Map(list.map((m) => [m.id, m]));
      for (const m of messages) {
        const known = byId.get(m.id);
        byId.set(m.id, known?.deleted ? { ...m, text: null, deleted: true } : m);
      }
      return [...byId.values()].sort((a, b) => a.seq - b.seq);
    });
  }

  private markDeleted(messageId: string): void {
    this.deletedIds.add(messageId);
    this.messages.update((list) => list.map((m) => (m.id === messageId ? { ...m, text: null, deleted: true } : m)));
    this.reports.update((list) =>
      list.map((r) =>
        r.message.id === messageId ? { ...r, message: { ...r.message, text: null, deleted: true } } : r,
      ),
    );
  }

  /** Keeps the newest message in view, unless the reader has scrolled up to read older ones. */
  private scrollToEnd(): void {
    const el = this.list()?.nativeElement;
    if (!el) return;
    const atEnd = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    if (atEnd) requestAnimationFrame(() => (el.scrollTop = el.scrollHeight));
  }
}
