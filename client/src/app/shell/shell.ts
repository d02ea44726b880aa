import { BreakpointObserver } from '@angular/cdk/layout';
import { ViewportScroller } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';

import { SessionStore } from '../core/auth/session-store';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { LiveConnection } from '../core/live/live-socket';
import { Icon } from '../ui/icon/icon';
import { LanguageSwitcher } from './language-switcher/language-switcher';
import { navItemsFor } from './nav-items';
import { NotificationBell } from './notifications/notification-bell';
import { NotificationStore } from './notifications/notification-store';
import { UserMenu } from './user-menu/user-menu';

/** The frame around every page: header with tools, navigation by role, main content, footer. */
@Component({
  selector: 'kp-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    Icon,
    LanguageSwitcher,
    NotificationBell,
    UserMenu,
    TranslatePipe,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly session = inject(SessionStore);
  private readonly notifications = inject(NotificationStore);
  private readonly live = inject(LiveConnection);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  private readonly breakpoints = inject(BreakpointObserver);
  protected readonly wide = toSignal(this.breakpoints.observe('(min-width: 960px)').pipe(map((state) => state.matches)), {
    initialValue: true,
  });
  // Material's toolbar is 56 px high on phones, 64 px elsewhere; the fixed sidenav starts below it.
  protected readonly toolbarHeight = toSignal(
    this.breakpoints.observe('(max-width: 599.98px)').pipe(map((state) => (state.matches ? 56 : 64))),
    { initialValue: 64 },
  );
  protected readonly navItems = computed(() => navItemsFor(this.session.me()));
  protected readonly showNav = computed(() => this.navItems().length > 0);
  protected readonly drawerOpen = signal(false);
  protected readonly sidenavOpened = computed(() => this.showNav() && (this.wide() || this.drawerOpen()));

  constructor() {
    void this.session.ensureLoaded();
    // Anchors (`/profile#email`) land below the sticky app bar, not under it.
    inject(ViewportScroller).setOffset([0, 72]);

    // Notifications and the live socket exist only while someone is logged in.
    effect(() => {
      if (this.session.isAuthenticated()) void this.notifications.start();
      else this.notifications.stop();
    });

    // The server ends the socket's session (logout elsewhere, expiry, deactivation): forget the user, go to login.
    effect((onCleanup) => {
      const socket = this.live.socket();
      if (!socket) return;
      const ended = (): void => {
        this.session.clear();
        void this.router.navigate(['/login'], { queryParams: { returnUrl: this.router.url } });
      };
      socket.on('session:ended', ended);
      onCleanup(() => socket.off('session:ended', ended));
    });

    this.router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe(() => this.drawerOpen.set(false));
  }

  protected toggleDrawer(): void {
    this.drawerOpen.update((open) => !open);
  }

  /** The skip link moves focus itself: a plain `#main` href would make the router navigate. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
