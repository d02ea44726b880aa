import type { UnsubscribeStatus } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';

type UnsubscribeState = 'checking' | 'subscribed' | 'unsubscribed' | 'invalid';

/** `/unsubscribe?token=`: the e-mail footer's link; asks first (link previews must not unsubscribe), no login needed. */
@Component({
  selector: 'kp-unsubscribe-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  template: `
    <section class="auth-card" aria-labelledby="unsubscribe-heading">
      <h1 id="unsubscribe-heading">{{ 'profile.unsubscribe.title' | t }}</h1>
      @switch (state()) {
        @case ('checking') {
          <p role="status">{{ 'shell.loading' | t }}</p>
        }
        @case ('invalid') {
          <p class="form-error" role="alert" data-testid="unsubscribe-invalid">
            {{ 'profile.unsubscribe.invalid' | t }}
          </p>
        }
        @case ('subscribed') {
          <p>{{ 'profile.unsubscribe.question.' + category() | t }}</p>
          @if (errorKey(); as key) {
            <p class="form-error" role="alert">{{ key | t }}</p>
          }
          <button mat-flat-button type="button" [disabled]="submitting()" (click)="unsubscribe()">
            {{ 'profile.unsubscribe.confirm' | t }}
          </button>
        }
        @case ('unsubscribed') {
          <p class="form-success" role="status" data-testid="unsubscribe-done">
            {{ 'profile.unsubscribe.done.' + category() | t }}
          </p>
        }
      }
      <p class="links">
        <a routerLink="/profile" fragment="email">{{ 'profile.unsubscribe.preferences' | t }}</a>
      </p>
    </section>
  `,
  styleUrl: '../../auth/auth-page.scss',
})
export class UnsubscribePage {
  private readonly http = inject(HttpClient);

  /** Query parameter, bound by withComponentInputBinding. */
  readonly token = input<string>('');

  protected readonly state = signal<UnsubscribeState>('checking');
  protected readonly category = signal<UnsubscribeStatus['category']>('reminders');
  protected readonly errorKey = signal<string | null>(null);
  protected readonly submitting = signal(false);

  constructor() {
    effect(() => void this.check(this.token()));
  }

  private async check(token: string): Promise<void> {
    if (!token) return this.state.set('invalid');
    this.state.set('checking');
    try {
      this.show(
        await firstValueFrom(this.http.get<UnsubscribeStatus>('/api/email/unsubscribe', { params: { token } })),
      );
    } catch {
      this.state.set('invalid');
    }
  }

  protected async unsubscribe(): Promise<void> {
    this.errorKey.set(null);
    this.submitting.set(true);
    try {
      this.show(
        await firstValueFrom(
          this.http.post<UnsubscribeStatus>('/api/email/unsubscribe', {}, { params: { token: this.token() } }),
        ),
      );
    } catch (error) {
      this.errorKey.set(errorMessageKey(error));
    } finally {
      this.submitting.set(false);
    }
  }

  private show(status: UnsubscribeStatus): void {
    this.category.set(status.category);
    this.state.set(status.subscribed ? 'subscribed' : 'unsubscribed');
  }
}
