import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { LiveSessionsApi } from '../data-access/live-sessions-api';

/**
 * "Subscribe in your calendar": a secret feed URL of every session one is invited to. The server never shows an
 * existing URL again, so the panel creates one (or a new one, which revokes the old) and shows it once, to copy.
 */
@Component({
  selector: 'kp-calendar-feed',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="live-feed-heading" class="kp-feed">
      <h2 id="live-feed-heading">{{ 'live.feed.title' | t }}</h2>
      <p>{{ 'live.feed.intro' | t }}</p>
      @if (url(); as url) {
        <mat-form-field class="kp-feed-url">
          <mat-label>{{ 'live.feed.url' | t }}</mat-label>
          <input matInput readonly [value]="url" data-testid="feed-url" (focus)="$any($event.target).select()" />
          <mat-hint>{{ 'live.feed.secret' | t }}</mat-hint>
        </mat-form-field>
        <div class="kp-feed-actions">
          <button mat-flat-button type="button" (click)="copy(url)">{{ 'live.feed.copy' | t }}</button>
          <button mat-stroked-button type="button" (click)="create(true)">{{ 'live.feed.regenerate' | t }}</button>
          <button mat-button type="button" (click)="revoke()" data-testid="feed-revoke">
            {{ 'live.feed.revoke' | t }}
          </button>
        </div>
      } @else {
        <div class="kp-feed-actions">
          <button mat-flat-button type="button" (click)="create(false)" data-testid="feed-create">
            {{ 'live.feed.create' | t }}
          </button>
          <button mat-button type="button" (click)="revoke()">{{ 'live.feed.revokeExisting' | t }}</button>
        </div>
      }
      <p aria-live="polite" data-testid="feed-status">
        @if (status(); as key) {
          {{ key | t }}
        }
      </p>
      @if (failure(); as key) {
        <p class="kp-error" role="alert">{{ key | t }}</p>
      }
    </section>
  `,
  styles: `
    .kp-feed-url {
      inline-size: 100%;
    }
    .kp-feed-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .kp-error {
      color: #8c1d18;
    }
  `,
})
export class CalendarFeedPanel {
  private readonly api = inject(LiveSessionsApi);
  private readonly clipboard = inject(Clipboard);
  private readonly dialog = inject(MatDialog);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();

  protected readonly url = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected create(regenerate: boolean): void {
    this.failure.set(null);
    this.api.createCalendarFeed().subscribe({
      next: ({ url }) => {
        this.url.set(absolute(url));
        this.status.set(regenerate ? 'live.feed.regenerated' : 'live.feed.created');
        this.focus('[data-testid=feed-url]');
      },
      error: (error: unknown) => this.failure.set(errorMessageKey(error)),
    });
  }

  protected copy(url: string): void {
    this.status.set(this.clipboard.copy(url) ? 'live.feed.copied' : 'live.feed.copyFailed');
  }

  protected revoke(): void {
    confirmAction(this.dialog, {
      title: this.translator.t('live.feed.revokeTitle'),
      message: this.translator.t('live.feed.revokeMessage'),
      confirmLabel: this.translator.t('live.feed.revoke'),
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.api.revokeCalendarFeed().subscribe({
        next: () => {
          this.url.set(null);
          this.status.set('live.feed.revoked');
          this.focus('[data-testid=feed-create]');
        },
        error: (error: unknown) => this.failure.set(errorMessageKey(error)),
      });
    });
  }
}

/** Calendar apps need the whole address; the server may answer a path. */
function absolute(url: string): string {
  try {
    return new URL(url, globalThis.location?.origin).toString();
  } catch {
    return url;
  }
}
