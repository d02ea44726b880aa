import type { Me } from '@kotopaikka/contracts';

import { canManagePeople, canReadReports, isAdmin } from '../core/auth/permissions';
import type { IconName } from '../ui/icon/icon';

export interface NavItem {
  id: string;
  path: string;
  labelKey: string;
  icon: IconName;
  visible: (me: Me) => boolean;
}

const everyone = (): boolean => true;

/** The sections of the app and who sees them; the sidenav and the home page cards both read this. */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', path: '/', labelKey: 'shell.nav.home', icon: 'home', visible: everyone },
  { id: 'learning', path: '/learning', labelKey: 'shell.nav.learning', icon: 'school', visible: everyone },
  { id: 'live', path: '/live', labelKey: 'shell.nav.live', icon: 'event', visible: everyone },
  { id: 'mentoring', path: '/mentoring', labelKey: 'shell.nav.mentoring', icon: 'group', visible: everyone },
  { id: 'reports', path: '/reports', labelKey: 'shell.nav.reports', icon: 'chart', visible: canReadReports },
  { id: 'authoring', path: '/authoring', labelKey: 'shell.nav.authoring', icon: 'edit', visible: canManagePeople },
  { id: 'people', path: '/admin/users', labelKey: 'shell.nav.people', icon: 'group', visible: canManagePeople },
  {
    id: 'invitations',
    path: '/admin/invitations',
    labelKey: 'shell.nav.invitations',
    icon: 'send',
    visible: canManagePeople,
  },
  {
    id: 'organisations',
    path: '/admin/organisations',
    labelKey: 'shell.nav.organisations',
    icon: 'business',
    visible: isAdmin,
  },
  { id: 'audit', path: '/admin/audit', labelKey: 'shell.nav.audit', icon: 'history', visible: isAdmin },
  { id: 'mail', path: '/admin/mail', labelKey: 'shell.nav.mail', icon: 'mail', visible: isAdmin },
  { id: 'profile', path: '/profile', labelKey: 'shell.nav.profile', icon: 'person', visible: everyone },
];

export function navItemsFor(me: Me | null): NavItem[] {
  return me ? NAV_ITEMS.filter((item) => item.visible(me)) : [];
}
