import { DOCUMENT, ViewportScroller } from '@angular/common';
import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  Injector,
  type Signal,
  signal,
  viewChild,
} from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';

import { SessionStore } from '../core/auth/session-store';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { LiveConnection } from '../core/live/live-socket';
import { Icon } from '../ui/icon/icon';
import { LanguageSwitcher } from './language-switcher/language-switcher';
import { navItemsFor } from './nav-items';
import { NotificationBell } from './notifications/notification-bell';
import type { NotificationStore } from './notifications/notification-store';
import { UserMenu } from './user-menu/user-menu';

/** The frame around every page: header with tools, navigation by role, main content, footer. */
@Component({
  selector: 'kp-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
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
  private readonly live = inject(LiveConnection);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly nav = viewChild<ElementRef<HTMLElement>>('nav');
  private readonly menuButton = viewChild<ElementRef<HTMLButtonElement>>('menuButton');

  /** Wide screens show the navigation beside the page; narrower ones open it as a drawer over the page. */
  protected readonly wide = mediaQuery('(min-width: 960px)');
  protected readonly navItems = computed(() => navItemsFor(this.session.me()));
  protected readonly showNav = computed(() => this.navItems().length > 0);
  protected readonly drawerOpen = signal(false);

  constructor() {
    void this.session.ensureLoaded();
    // Anchors (`/profile#email`) land below the sticky app bar, not under it.
    inject(ViewportScroller).setOffset([0, 72]);

    // Notifications and the live socket exist only while someone is logged in. Their store comes with the first
    // sign-in (it shares a chunk with the bell); starts and stops keep their order, as they wait on the same import.
    const injector = inject(Injector);
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => (destroyed = true));
    let notificationStore: Promise<typeof NotificationStore> | null = null;
    effect(() => {
      const signedIn = this.session.isAuthenticated();
      if (!signedIn && !notificationStore) return;
      notificationStore ??= import('./notifications/notification-store').then((m) => m.NotificationStore);
      void notificationStore.then((type) => {
        if (destroyed) return;
        const store = injector.get(type);
        if (signedIn) void store.start();
        else store.stop();
      });
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
    if (this.drawerOpen()) {
      this.closeDrawer(false);
      return;
    }
    this.drawerOpen.set(true);
    // The drawer's first link takes the focus, as a dialog would; Escape gives it back to the menu button.
    setTimeout(() => this.nav()?.nativeElement.querySelector('a')?.focus());
  }

  protected closeDrawer(returnFocus: boolean): void {
    if (this.wide() || !this.drawerOpen()) return;
    this.drawerOpen.set(false);
    if (returnFocus) setTimeout(() => this.menuButton()?.nativeElement.focus());
  }

  /** The skip link moves focus itself: a plain `#main` href would make the router navigate. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}

/** A media query as a signal (no CDK in the first download). */
function mediaQuery(query: string): Signal<boolean> {
  const list = inject(DOCUMENT).defaultView?.matchMedia(query);
  const matches = signal(list?.matches ?? true);
  const listener = (event: MediaQueryListEvent): void => matches.set(event.matches);
  list?.addEventListener('change', listener);
  inject(DestroyRef).onDestroy(() => list?.removeEventListener('change', listener));
  return matches.asReadonly();
}
