import type { Breakout, BreakoutMode, ErrorCode, LiveBreakoutEvent, LiveParticipant } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { TranslatePipe } from '../../../../core/i18n/translate-pipe';
import { Translator } from '../../../../core/i18n/translator';
import { LiveRoom } from '../../live-room';
import { RoomGroup } from '../../room-group';

// BreakoutMode's values, in the form's order (the contracts' list as a value would land in the initial bundle).
const MODES = ['random', 'municipality', 'manual'] as const satisfies readonly BreakoutMode[];

/**
 * Breakout groups. Hosts prepare (at random, by municipality, or by hand), adjust, start for some minutes, end,
 * broadcast to every group and visit one; everyone sees their group with a countdown to its end, the hosts'
 * broadcasts (said politely), and is told when they are back in the main room.
 */
@Component({
  selector: 'kp-breakouts-panel',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './breakouts-panel.html',
  styleUrl: './breakouts-panel.scss',
})
export class BreakoutsPanel {
  protected readonly room = inject(LiveRoom);
  private readonly translator = inject(Translator);
  private readonly roomGroup = inject(RoomGroup);

  protected readonly modes = MODES;
  protected readonly breakout = this.roomGroup.breakout;
  protected readonly group = this.roomGroup.mine;
  protected readonly mode = signal<BreakoutMode>('random');
  protected readonly groupCount = signal(2);
  protected readonly broadcast = signal<{ text: string; from: string } | null>(null);
  protected readonly announcement = signal('');
  protected readonly failure = signal<ErrorCode | 'unknown' | null>(null);
  protected readonly visiting = this.roomGroup.visiting;
  /** Who a host splits: everyone but the hosts. */
  protected readonly splittable = computed(() =>
    this.room.participants().filter((p) => p.role === 'participant' || p.role === 'guest'),
  );
  protected readonly groupIndexes = computed(() => Array.from({ length: this.groupCount() }, (_, i) => i));
  protected readonly remaining = this.roomGroup.remaining;
  /** By-hand assignments before preparing: participant id → group index (absent = stays in the main room). */
  private readonly manual = new Map<string, number>();

  constructor() {
    let started = false;
    const subscription = this.room
      .on<LiveBreakoutEvent['type']>('breakout.started', 'breakout.ended', 'breakout.broadcast')
      .subscribe((e) => {
        const event = e as LiveBreakoutEvent;
        if (event.type === 'breakout.broadcast') this.broadcast.set(event.data);
        else if (event.type === 'breakout.ended') {
          this.broadcast.set(null);
          if (started) this.announcement.set(this.translator.t('live.breakouts.backInMain'));
          started = false;
        } else if (!started) {
          started = true;
          this.broadcast.set(null);
        }
      });
    effect(() => {
      const name = this.group()?.name;
      if (name) this.announcement.set(this.translator.t('live.breakouts.youAreIn', { name }));
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected groupOf(breakout: Breakout, participant: LiveParticipant): string {
    return breakout.groups.find((g) => g.participantIds.includes(participant.id))?.id ?? '';
  }

  protected setManual(participant: LiveParticipant, value: string): void {
    if (value === '') this.manual.delete(participant.id);
    else this.manual.set(participant.id, Number(value));
  }

  protected manualOf(participant: LiveParticipant): string {
    const group = this.manual.get(participant.id);
    return group === undefined ? '' : String(group);
  }

  protected prepare(form: HTMLFormElement): Promise<boolean> {
    const data = new FormData(form);
    const mode = this.mode();
    const groupCount = Number(data.get('groupCount'));
    const assignments =
      mode === 'manual'
        ? [...this.manual.entries()]
            .filter(([, group]) => group < groupCount)
            .map(([participantId, group]) => ({ participantId, group }))
        : undefined;
    return this.run(
      () =>
        this.room.request('breakout:prepare', {
          sessionId: this.room.id,
          mode,
          groupCount,
          minutes: Number(data.get('minutes')),
          ...(assignments ? { assignments } : {}),
        }),
      'live.breakouts.prepared',
    );
  }

  protected assign(participant: LiveParticipant, groupId: string): Promise<boolean> {
    return this.run(
      () =>
        this.room.request('breakout:assign', {
          sessionId: this.room.id,
          participantId: participant.id,
          groupId: groupId || null,
        }),
      'live.breakouts.moved',
      { name: participant.name },
    );
  }

  protected start(): Promise<boolean> {
    return this.run(() => this.room.request('breakout:start', { sessionId: this.room.id }), 'live.breakouts.started');
  }

  protected end(): Promise<boolean> {
    return this.run(() => this.room.request('breakout:end', { sessionId: this.room.id }), 'live.breakouts.ending');
  }

  protected async send(input: HTMLTextAreaElement): Promise<void> {
    const text = input.value.trim();
    if (!text) return;
    const sent = await this.run(
      () => this.room.request('breakout:broadcast', { sessionId: this.room.id, text }),
      'live.breakouts.broadcastSent',
    );
    if (sent) input.value = '';
  }

  /** The group's chat, notes and board take the main room's place on the page (RoomGroup). */
  protected async visit(groupId: string): Promise<void> {
    const id = groupId || null;
    await this.run(() => this.roomGroup.visit(id), id ? 'live.breakouts.visiting' : 'live.breakouts.backInMain', {
      name: this.breakout()?.groups.find((g) => g.id === id)?.name ?? '',
    });
  }

  private async run(
    action: () => Promise<{ ok: boolean; code?: ErrorCode }>,
    doneKey: string,
    params?: Record<string, string>,
  ): Promise<boolean> {
    const ack = await action();
    if (!ack.ok) {
      this.failure.set(ack.code ?? 'unknown');
      return false;
    }
    this.failure.set(null);
    this.announcement.set(this.translator.t(doneKey, params));
    return true;
  }
}
