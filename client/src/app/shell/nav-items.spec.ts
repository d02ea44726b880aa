import { aMe } from '../testing/test-app';
import { navItemsFor } from './nav-items';

const paths = (me: Parameters<typeof navItemsFor>[0]): string[] => navItemsFor(me).map((item) => item.path);

describe('navigation by role', () => {
  it('shows nothing to an anonymous visitor', () => {
    expect(paths(null)).toEqual([]);
  });

  it('gives a member home, learning and profile', () => {
    expect(paths(aMe({ role: 'member', audience: 'employer' }))).toEqual([
      '/',
      '/learning',
      '/live',
      '/mentoring',
      '/profile',
    ]);
  });

  it('adds reports for a decision-maker', () => {
    expect(paths(aMe({ role: 'member', audience: 'decision_maker' }))).toEqual([
      '/',
      '/learning',
      '/live',
      '/mentoring',
      '/reports',
      '/profile',
    ]);
  });

  it('adds people and invitations for a coordinator, not the admin-only pages', () => {
    expect(paths(aMe({ role: 'coordinator', audience: 'other' }))).toEqual([
      '/',
      '/learning',
      '/live',
      '/mentoring',
      '/reports',
      '/authoring',
      '/admin/users',
      '/admin/invitations',
      '/profile',
    ]);
  });

  it('gives an admin every section', () => {
    expect(paths(aMe({ role: 'admin', audience: 'other' }))).toEqual([
      '/',
      '/learning',
      '/live',
      '/mentoring',
      '/reports',
      '/authoring',
      '/admin/users',
      '/admin/invitations',
      '/admin/organisations',
      '/admin/audit',
      '/admin/mail',
      '/profile',
    ]);
  });
});
