import { inject } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, type MatFormFieldDefaultOptions } from '@angular/material/form-field';
import type { Routes } from '@angular/router';

import { adminOnly } from './admin-guards';
import { AdminLayout } from './admin-layout';

/** Child routes of `/admin`; `title`s are dictionary keys (TranslatedTitleStrategy). */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminLayout,
    providers: [
      {
        // Error messages here can be long (Finnish); let them wrap instead of being cut at one line.
        provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
        useFactory: (): MatFormFieldDefaultOptions => ({
          ...inject(MAT_FORM_FIELD_DEFAULT_OPTIONS, { optional: true, skipSelf: true }),
          subscriptSizing: 'dynamic',
        }),
      },
    ],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      {
        path: 'users',
        title: 'admin.users.title',
        loadComponent: () => import('./users/user-list').then((m) => m.UserList),
      },
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
          {
            path: '',
            title: 'admin.mail.title',
            loadComponent: () => import('./mail/mail-list').then((m) => m.MailList),
          },
          {
            path: ':id',
            title: 'admin.mail.detailTitle',
            loadComponent: () => import('./mail/mail-detail').then((m) => m.MailDetail),
          },
        ],
      },
    ],
  },
];
