import type { Routes } from '@angular/router';

/** Child routes of `/learning` (signed-in learners); `title`s are dictionary keys. */
export const trainingRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'training.my.title',
    loadComponent: () => import('./my-courses/my-courses').then((m) => m.MyCourses),
  },
  {
    path: 'catalog',
    title: 'training.catalog.title',
    loadComponent: () => import('./catalog/course-catalog').then((m) => m.CourseCatalog),
  },
  {
    path: 'courses/:id',
    title: 'training.course.pageTitle',
    loadComponent: () => import('./course/course-page').then((m) => m.CoursePage),
  },
  {
    path: 'courses/:id/lessons/:lessonId',
    title: 'training.lesson.pageTitle',
    loadComponent: () => import('./lesson/lesson-player').then((m) => m.LessonPlayer),
  },
];
