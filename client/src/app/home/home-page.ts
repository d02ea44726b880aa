import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';

import { canManagePeople, isAdmin } from '../core/auth/permissions';
import { SessionStore } from '../core/auth/session-store';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { navItemsFor } from '../shell/nav-items';
import { Icon } from '../ui/icon/icon';

/** A short welcome and one card per section the user's role opens. */
@Component({
  selector: 'kp-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, Icon, TranslatePipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  private readonly session = inject(SessionStore);
  protected readonly me = this.session.me;
  protected readonly cards = computed(() => navItemsFor(this.me()).filter((item) => item.id !== 'home'));
  protected readonly introKey = computed(() => {
    const me = this.me();
    if (me && isAdmin(me)) return 'home.introAdmin';
    if (me && canManagePeople(me)) return 'home.introManager';
    return null;
  });
}
