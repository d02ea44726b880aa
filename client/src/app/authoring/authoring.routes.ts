import { inject } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, type MatFormFieldDefaultOptions } from '@angular/material/form-field';
import type { Routes } from '@angular/router';

import { AuthoringLayout } from './authoring-layout';

/** Child routes of `/authoring` (admins and coordinators); `title`s are dictionary keys. */
export const authoringRoutes: Routes = [
  {
    path: '',
    component: AuthoringLayout,
    providers: [
      {
        // Long Finnish error messages wrap instead of being cut at one line.
        provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
        useFactory: (): MatFormFieldDefaultOptions => ({
          ...inject(MAT_FORM_FIELD_DEFAULT_OPTIONS, {
            optional: true,
            skipSelf: true,
          }),
          subscriptSizing: 'dynamic',
        }),
      },
    ],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'authoring.list.title',
        loadComponent: () => import('./course-list/course-list').then((m) => m.CourseList),
      },
      {
        path: 'courses/:id',
        title: 'authoring.editor.title',
        loadComponent: () => import('./course-editor/course-editor').then((m) => m.CourseEditor),
      },
    ],
  },
];
