import type { Me } from '@kotopaikka/contracts';

import { InjectionToken, type Provider, type Type } from '@angular/core';

/**
 * One panel of the home page, contributed by a capability: its component is loaded only when shown. Panels
 * render their own `<section>` with an `<h2>`, so each is a landmark with a heading.
 */
export interface HomePanel {
  id: string;
  /** Smaller first: 10 training, 20 the municipality at a glance, 30 notifications; later capabilities pick theirs. */
  order: number;
  /** Whether this person sees the panel (role, audience). */
  visible: (me: Me) => boolean;
  component: () => Promise<Type<unknown>>;
}

/** Every capability's home panels; a feature adds its own with `provideHomePanel`, the home page knows none by name. */
export const HOME_PANELS = new InjectionToken<readonly HomePanel[]>('HOME_PANELS');

export function provideHomePanel(panel: HomePanel): Provider {
  return { provide: HOME_PANELS, useValue: panel, multi: true };
}

/** The panels a person sees, in order. */
export function panelsFor(panels: readonly HomePanel[], me: Me | null): HomePanel[] {
  return me ? panels.filter((p) => p.visible(me)).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)) : [];
}
