import { type IdName, type Municipality, type Role, ROLES, type UserSummary } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';

import { SessionStore } from './session-store';

const COORDINATOR_ASSIGNABLE_ROLES: readonly Role[] = ['member', 'mentor'];

/**
 * What the signed-in admin or coordinator may choose from. The server enforces the
 * same rules; this only keeps forbidden choices out of sight.
 */
@Injectable({ providedIn: 'root' })
export class AdminScope {
  private readonly http = inject(HttpClient);
  private readonly me = inject(SessionStore).me;
  private readonly allMunicipalities = signal<Municipality[] | null>(null);
  private loading = false;

  readonly isAdmin = computed(() => this.me()?.role === 'admin');
  readonly assignableRoles = computed<readonly Role[]>(() => (this.isAdmin() ? ROLES : COORDINATOR_ASSIGNABLE_ROLES));

  /** Municipalities this user acts in: all for an admin, the managed ones for a coordinator. */
  readonly municipalities = computed<IdName[]>(() => {
    const all = this.allMunicipalities();
    const me = this.me();
    if (this.isAdmin()) return all ?? [];
    const managed = me?.managedMunicipalities ?? [];
    if (!all) return managed;
    const managedIds = new Set(managed.map((m) => m.id));
    return all.filter((m) => managedIds.has(m.id));
  });

  /** Every municipality (for an admin assigning a coordinator's municipalities). */
  readonly everyMunicipality = computed<IdName[]>(() => this.allMunicipalities() ?? []);

  loadMunicipalities(): void {
    if (this.allMunicipalities() || this.loading) return;
    this.loading = true;
    this.http.get<{ items: Municipality[] }>('/api/municipalities').subscribe({
      next: ({ items }) => this.allMunicipalities.set(items),
      error: () => (this.loading = false),
      complete: () => (this.loading = false),
    });
  }

  /** Coordinators edit members and mentors only, never themselves into another role. */
  canEdit(user: UserSummary): boolean {
    if (this.isAdmin()) return true;
    return COORDINATOR_ASSIGNABLE_ROLES.includes(user.role) && user.id !== this.me()?.id;
  }
}
