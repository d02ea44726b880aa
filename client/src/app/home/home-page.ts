import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, type Type } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';

import { canManagePeople, isAdmin } from '../core/auth/permissions';
import { SessionStore } from '../core/auth/session-store';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { navItemsFor } from '../shell/nav-items';
import { Icon } from '../ui/icon/icon';
import { HOME_PANELS, panelsFor } from './home-panels';

/** The person's own start: the panels each capability contributes for them, then one card per section. */
@Component({
  selector: 'kp-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, NgComponentOutlet, RouterLink, Icon, TranslatePipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  private readonly session = inject(SessionStore);
  private readonly registered = inject(HOME_PANELS, { optional: true }) ?? [];
  protected readonly me = this.session.me;
  protected readonly cards = computed(() => navItemsFor(this.me()).filter((item) => item.id !== 'home'));
  protected readonly introKey = computed(() => {
    const me = this.me();
    if (me && isAdmin(me)) return 'home.introAdmin';
    if (me && canManagePeople(me)) return 'home.introManager';
    return null;
  });
  /** The loaded panel components, in order; each appears once its code has arrived. */
  protected readonly panels = signal<{ id: string; component: Type<unknown> }[]>([]);

  constructor() {
    effect(() => void this.loadPanels());
  }

  private async loadPanels(): Promise<void> {
    const shown = panelsFor(this.registered, this.me());
    const loaded = await Promise.all(shown.map(async (p) => ({ id: p.id, component: await p.component() })));
    this.panels.set(loaded);
  }
}
