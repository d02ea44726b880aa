import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { TranslatePipe } from '../core/i18n/translate-pipe';
import { AdminScope } from './data-access/admin-scope';

interface AdminSection {
  path: string;
  labelKey: string;
}

/** Section navigation and the styles every admin page shares (tables, filters, states). */
@Component({
  selector: 'kp-admin-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './admin-layout.scss',
  template: `
    <div class="kp-admin">
      <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'admin.nav.label' | t">
        @for (section of sections(); track section.path) {
          <a
            mat-tab-link
            [routerLink]="section.path"
            routerLinkActive
            #active="routerLinkActive"
            [active]="active.isActive"
            >{{ section.labelKey | t }}</a
          >
        }
      </nav>
      <mat-tab-nav-panel #panel>
        <router-outlet />
      </mat-tab-nav-panel>
    </div>
  `,
})
export class AdminLayout {
  private readonly scope = inject(AdminScope);

  protected readonly sections = computed<AdminSection[]>(() => [
    { path: 'users', labelKey: 'admin.nav.users' },
    { path: 'invitations', labelKey: 'admin.nav.invitations' },
    ...(this.scope.isAdmin()
      ? [
          { path: 'organisations', labelKey: 'admin.nav.organisations' },
          { path: 'audit', labelKey: 'admin.nav.audit' },
          { path: 'mail', labelKey: 'admin.nav.mail' },
        ]
      : []),
  ]);
}
