import type { ErrorCode, LiveParticipant, LiveSessionDetail } from '@kotopaikka/contracts';

import { NgComponentOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  type Type,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { LiveSessionsApi } from '../data-access/live-sessions-api';
import { LiveFormat } from '../shared/live-format';
import { ConnectionStatus } from './connection-status';
import { LiveRoom } from './live-room';
import { RoomGroup } from './room-group';
import { ROOM_PANELS, type RoomPanel } from './room-panels';

interface LoadedPanel {
  panel: RoomPanel;
  component: Type<unknown>;
}

/**
 * The live room: header (title, status, video link, host controls), the participant list and the panels' area.
 * Reusable: `/live/:id/room` mounts it for signed-in people, the guest landing page with a join link's token.
 */
@Component({
  selector: 'kp-live-room',
  imports: [ConnectionStatus, MatButtonModule, NgComponentOutlet, RouterLink, TranslatePipe],
  providers: [LiveRoom, RoomGroup],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-room-view.html',
  styleUrl: './live-room-view.scss',
})
export class LiveRoomView {
  private readonly api = inject(LiveSessionsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();
  protected readonly room = inject(LiveRoom);
  protected readonly group = inject(RoomGroup);
  protected readonly format = inject(LiveFormat);

  readonly sessionId = input.required<string>();
  /** A guest's join-link token: the room then connects as that guest, and reads nothing over HTTP. */
  readonly guestToken = input<string | null>(null);
  /** The session's title when the page already knows it (the guest page); signed-in people's comes from the API. */
  readonly heading = input<string | null>(null);

  protected readonly session = signal<LiveSessionDetail | null>(null);
  protected readonly title = computed(() => {
    const session = this.session();
    return session ? this.format.text(session.title) : (this.heading() ?? this.translator.t('live.room.title'));
  });
  protected readonly status = computed(() => this.room.sessionStatus() ?? this.session()?.status ?? null);
  protected readonly panels = signal<LoadedPanel[]>([]);
  protected readonly actionFailure = signal<ErrorCode | 'unknown' | null>(null);
  protected readonly announcement = signal('');

  constructor() {
    effect(() => {
      const sessionId = this.sessionId();
      const guestToken = this.guestToken();
      untracked(() => {
        if (!guestToken) this.api.get(sessionId).subscribe({ next: (s) => this.session.set(s), error: () => null });
        void this.room.open(sessionId, guestToken);
      });
    });
    effect(() => {
      const context = { kind: this.session()?.kind ?? null, role: this.room.me()?.role ?? null };
      if (!context.role) return;
      untracked(() => void this.loadPanels(context));
    });
  }

  private async loadPanels(context: Parameters<NonNullable<RoomPanel['visible']>>[0]): Promise<void> {
    const shown = ROOM_PANELS.filter((panel) => panel.visible?.(context) ?? true);
    if (
      shown.map((p) => p.id).join() ===
      this.panels()
        .map((p) => p.panel.id)
        .join()
    )
      return;
    const loaded = await Promise.all(shown.map(async (panel) => ({ panel, component: await panel.component() })));
    this.panels.set(loaded);
  }

  /** A visiting host's way back to the main room's chat, notes and board. */
  protected async backToMain(): Promise<void> {
    await this.run(() => this.group.visit(null), 'live.breakouts.backInMain');
  }

  protected roleLabel(participant: LiveParticipant): string {
    return this.translator.t(`live.role.${participant.role}`);
  }

  protected async start(): Promise<void> {
    await this.run(() => this.room.start(), 'live.room.started');
  }

  protected end(): void {
    confirmAction(this.dialog, {
      title: this.translator.t('live.room.endTitle'),
      message: this.translator.t('live.room.endMessage'),
      confirmLabel: this.translator.t('live.room.end'),
    }).subscribe((confirmed) => {
      if (confirmed) void this.run(() => this.room.end(), 'live.room.ended');
    });
  }

  protected async toggleCohost(participant: LiveParticipant): Promise<void> {
    const cohost = participant.role !== 'cohost';
    await this.run(
      () => this.room.setCohost(participant.id, cohost),
      cohost ? 'live.room.madeCohost' : 'live.room.unmadeCohost',
      { name: participant.name },
    );
  }

  protected removeParticipant(participant: LiveParticipant): void {
    confirmAction(this.dialog, {
      title: this.translator.t('live.room.removeTitle', { name: participant.name }),
      message: this.translator.t('live.room.removeMessage', { name: participant.name }),
      confirmLabel: this.translator.t('live.room.remove'),
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      void this.run(() => this.room.remove(participant.id), 'live.room.removed', { name: participant.name }).then(() =>
        this.focus('[data-testid=participants-heading]'),
      );
    });
  }

  /** A host action: its result is said politely, a refusal shown beside the controls. */
  private async run(
    action: () => Promise<{ ok: boolean; code?: ErrorCode }>,
    doneKey: string,
    params?: Record<string, string>,
  ): Promise<void> {
    this.actionFailure.set(null);
    const ack = await action();
    if (ack.ok) {
      this.announcement.set(this.translator.t(doneKey, params));
    } else {
      this.actionFailure.set(ack.code ?? 'unknown');
      this.focus('[data-testid=room-action-failure]');
    }
  }
}
