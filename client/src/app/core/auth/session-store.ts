import type { Locale, Me, Role, UpdateProfileRequest } from '@kotopaikka/contracts';

import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { CsrfToken } from '../http/csrf-token';
import { isLocale, Translator } from '../i18n/translator';
import { AuthApi } from './auth-api';

/** Who is logged in: one signal the whole app reads; login, logout and refresh go through here. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApi);
  private readonly csrf = inject(CsrfToken);
  private readonly translator = inject(Translator);
  private readonly meSignal = signal<Me | null>(null);
  private readonly loadingSignal = signal(false);
  private readonly loadedSignal = signal(false);
  private probe: Promise<Me | null> | null = null;

  readonly me = this.meSignal.asReadonly();
  /** True while a login, logout or refresh is on its way. */
  readonly loading = this.loadingSignal.asReadonly();
  /** True once we know whether someone is logged in (the first `me` probe has answered). */
  readonly loaded = this.loadedSignal.asReadonly();
  readonly isAuthenticated = computed(() => this.meSignal() !== null);
  readonly role = computed<Role | null>(() => this.meSignal()?.role ?? null);

  hasRole(roles: readonly Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  /** Asks the server who we are; a 401 simply means nobody (no redirect). */
  async refresh(): Promise<Me | null> {
    this.loadingSignal.set(true);
    try {
      const me = await firstValueFrom(this.api.me());
      this.setMe(me);
      return me;
    } catch {
      this.meSignal.set(null);
      return null;
    } finally {
      this.loadingSignal.set(false);
      this.loadedSignal.set(true);
    }
  }

  /** The first probe, shared by every guard that asks before it has answered. */
  ensureLoaded(): Promise<Me | null> {
    if (this.loadedSignal()) return Promise.resolve(this.meSignal());
    this.probe ??= this.refresh().finally(() => (this.probe = null));
    return this.probe;
  }

  /** Rejects with the HttpErrorResponse (invalid_credentials, account_locked…) for the page to show. */
  async login(email: string, password: string): Promise<Me> {
    this.loadingSignal.set(true);
    try {
      const me = await firstValueFrom(this.api.login({ email, password }));
      this.setMe(me);
      this.loadedSignal.set(true);
      return me;
    } finally {
      this.loadingSignal.set(false);
    }
  }

  async logout(): Promise<void> {
    this.loadingSignal.set(true);
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // The session may already be gone on the server; forgetting it here is what matters.
    } finally {
      this.clear();
      this.loadingSignal.set(false);
    }
  }

  /** Forgets the user locally (after logout, or when any call answers 401). */
  clear(): void {
    this.meSignal.set(null);
    this.loadedSignal.set(true);
    this.csrf.reset();
  }

  async updateProfile(changes: UpdateProfileRequest): Promise<Me> {
    const me = await firstValueFrom(this.api.updateMe(changes));
    this.setMe(me);
    return me;
  }

  /** Switches the language at once, and saves it on the user when someone is logged in. */
  async changeLocale(locale: Locale): Promise<void> {
    this.translator.use(locale);
    if (this.meSignal() && this.meSignal()?.locale !== locale) {
      try {
        await this.updateProfile({ locale });
      } catch {
        // The language still changed on screen; saving it is retried on the next switch.
      }
    }
  }

  private setMe(me: Me): void {
    this.meSignal.set(me);
    if (isLocale(me.locale) && me.locale !== this.translator.locale()) this.translator.use(me.locale);
  }
}
