import type { Routes } from '@angular/router';

import { adminOnly } from './admin-guards';
import { AdminLayout } from './admin-layout';

/** Child routes of `/admin`; `title`s are dictionary keys (TranslatedTitleStrategy). */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminLayout,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      { path: 'users', title: 'admin.users.title', loadComponent: () => import('./users/user-list').then((m) => m.UserList) },
      {
        path: 'invitations',
        title: 'admin.invitations.title',
        loadComponent: () => import('./invitations/invitations-page').then((m) => m.InvitationsPage),
      },
      {
        path: 'organisations',
        title: 'admin.organisations.title',
        canMatch: [adminOnly],
        loadComponent: () => import('./organisations/organisation-list').then((m) => m.OrganisationList),
      },
      {
        path: 'audit',
        title: 'admin.audit.title',
        canMatch: [adminOnly],
        loadComponent: () => import('./audit/audit-list').then((m) => m.AuditList),
      },
      {
        path: 'mail',
        canMatch: [adminOnly],
        children: [
          { path: '', title: 'admin.mail.title', loadComponent: () => import('./mail/mail-list').then((m) => m.MailList) },
          { path: ':id', title: 'admin.mail.detailTitle', loadComponent: () => import('./mail/mail-detail').then((m) => m.MailDetail) },
        ],
      },
    ],
  },
];
