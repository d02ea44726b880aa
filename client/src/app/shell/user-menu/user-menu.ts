import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';

import { SessionStore } from '../../core/auth/session-store';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { ICON_SHAPES } from '../../ui/icon/icon-shapes';

@Component({
  selector: 'kp-user-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule, RouterLink, Icon, TranslatePipe],
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
})
export class UserMenu {
  protected readonly icons = ICON_SHAPES;
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly name = computed(() => this.session.me()?.displayName ?? '');

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/login']);
  }
}
