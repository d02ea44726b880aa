import type { AppNotification } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { Router } from '@angular/router';

import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { ICON_SHAPES } from '../../ui/icon/icon-shapes';
import { NotificationStore } from './notification-store';

@Component({
  selector: 'kp-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatBadgeModule, MatButtonModule, MatDividerModule, MatMenuModule, Icon, TranslatePipe, DateTimePipe],
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
})
export class NotificationBell {
  protected readonly icons = ICON_SHAPES;
  protected readonly store = inject(NotificationStore);
  private readonly router = inject(Router);

  protected refresh(): void {
    void this.store.load();
  }

  protected async open(notification: AppNotification): Promise<void> {
    await this.store.markRead(notification.id).catch(() => undefined);
    if (notification.link?.startsWith('/')) await this.router.navigateByUrl(notification.link);
  }

  protected markAllRead(): void {
    void this.store.markAllRead().catch(() => undefined);
  }
}
