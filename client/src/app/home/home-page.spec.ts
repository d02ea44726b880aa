import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { adminTestProviders, signInAs } from '../testing/admin-testing';
import { HomePage } from './home-page';
import { provideHomePanel } from './home-panels';

@Component({
  selector: 'kp-test-later',
  template: '<section aria-labelledby="t-later"><h2 id="t-later">Later</h2></section>',
})
class LaterPanel {}

@Component({
  selector: 'kp-test-first',
  template: '<section aria-labelledby="t-first"><h2 id="t-first">First</h2></section>',
})
class FirstPanel {}

@Component({
  selector: 'kp-test-admins',
  template: '<section aria-labelledby="t-admins"><h2 id="t-admins">Admins only</h2></section>',
})
class AdminsPanel {}

describe('HomePage', () => {
  let fixture: ComponentFixture<HomePage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...adminTestProviders(),
        provideRouter([]),
        // Registered out of order, as features would: the page sorts them.
        provideHomePanel({ id: 'later', order: 30, visible: () => true, component: async () => LaterPanel }),
        provideHomePanel({
          id: 'admins',
          order: 5,
          visible: (me) => me.role === 'admin',
          component: async () => AdminsPanel,
        }),
        provideHomePanel({ id: 'first', order: 10, visible: () => true, component: async () => FirstPanel }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signInAs('coordinator');
    fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows the panels each capability registered for this person, in order, each a section with a heading', () => {
    const el = fixture.nativeElement as HTMLElement;
    const headings = Array.from(el.querySelectorAll('.panels section h2')).map((h) => h.textContent);
    expect(headings).toEqual(['First', 'Later']);
    for (const section of Array.from(el.querySelectorAll('.panels section'))) {
      expect(el.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.tagName).toBe('H2');
    }
    // The sections menu stays below the panels.
    expect(el.querySelector('.sections-heading')).not.toBeNull();
  });
});
