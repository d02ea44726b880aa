import type { AppNotification } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router } from '@angular/router';

import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { NotificationStore } from './notification-store';

const SHOWN = 5;

/** Home panel: the unread notifications, each opening where it leads. */
@Component({
  selector: 'kp-notifications-home-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateTimePipe, TranslatePipe],
  template: `
    <section class="kp-home-panel" aria-labelledby="home-notifications-heading" data-testid="home-panel-notifications">
      <h2 id="home-notifications-heading">{{ 'home.notifications.title' | t: { count: store.unread() } }}</h2>
      @if (unread().length) {
        <ul>
          @for (n of unread(); track n.id) {
            <li>
              <button type="button" class="kp-link-button" (click)="open(n)" data-testid="home-notification">
                {{ store.text(n) }}
              </button>
              <span class="kp-hint"> · {{ n.createdAt | kpDateTime }}</span>
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'home.notifications.none' | t }}</p>
      }
    </section>
  `,
  styles: `
    .kp-link-button {
      padding: 0;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
      text-align: start;
    }
  `,
})
export class NotificationsHomePanel {
  protected readonly store = inject(NotificationStore);
  private readonly router = inject(Router);
  protected readonly unread = computed(() =>
    this.store
      .items()
      .filter((n) => !n.readAt)
      .slice(0, SHOWN),
  );

  constructor() {
    void this.store.load();
  }

  protected async open(n: AppNotification): Promise<void> {
    await this.store.markRead(n.id).catch(() => undefined);
    if (n.link?.startsWith('/')) await this.router.navigateByUrl(n.link);
  }
}
