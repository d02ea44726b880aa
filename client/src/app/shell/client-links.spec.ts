import { CLIENT_LINKS } from '@kotopaikka/contracts';

import type { Route, Routes } from '@angular/router';

import { appRoutes } from '../app.routes';

/** Whether a concrete path reaches a page of the route table (not the `**` not-found page), loading lazy children. */
async function reachesPage(routes: Routes, segments: readonly string[]): Promise<boolean> {
  for (const route of routes) {
    if (route.path === undefined || route.path === '**') continue;
    const pattern = route.path === '' ? [] : route.path.split('/');
    if (pattern.length > segments.length || !pattern.every((p, i) => p.startsWith(':') || p === segments[i])) continue;
    const rest = segments.slice(pattern.length);
    const children = route.children ?? (route.loadChildren ? await loadChildren(route) : undefined);
    if (children) {
      if (await reachesPage(children, rest)) return true;
    } else if (rest.length === 0 && (route.component || route.loadComponent)) {
      return true;
    }
  }
  return false;
}

async function loadChildren(route: Route): Promise<Routes> {
  return (await (route.loadChildren as () => Promise<Routes>)()) ?? [];
}

describe('links the platform sends', () => {
  it('each open a page of the client, none the not-found page', async () => {
    const broken: string[] = [];
    for (const [name, pattern] of Object.entries(CLIENT_LINKS)) {
      const segments = pattern
        .replace(/:[A-Za-z]+/g, 'x1')
        .split('/')
        .filter(Boolean);
      if (!(await reachesPage(appRoutes, segments))) broken.push(`${name}: ${pattern}`);
    }
    expect(broken).toEqual([]);
  });

  it('the check catches a link without a page, such as the old /courses/{id}', async () => {
    expect(await reachesPage(appRoutes, ['courses', 'x1'])).toBe(false);
    expect(await reachesPage(appRoutes, ['learning', 'courses', 'x1'])).toBe(true);
  });
});
