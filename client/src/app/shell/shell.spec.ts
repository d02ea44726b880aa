import { HttpTestingController } from '@angular/common/http/testing';
import { Injectable } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { LiveConnection } from '../core/live/live-socket';
import { aMe, provideTestApp, until } from '../testing/test-app';
import { Shell } from './shell';

/** No socket server in Karma: the live connection never resolves, which the shell must not need. */
@Injectable()
class OfflineLive extends LiveConnection {
  override connect(): never {
    return new Promise(() => undefined) as never;
  }
}

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Shell],
      providers: [...provideTestApp(), { provide: LiveConnection, useClass: OfflineLive }],
    });
    // The menus are @defer blocks, whose components resolve asynchronously.
    await TestBed.compileComponents();
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Shell);
    backend.expectOne('/api/auth/me').flush(aMe());
    await until(
      () => (fixture.nativeElement as HTMLElement).querySelector('#main-nav a'),
      'the navigation of the signed-in person',
    );
    backend.match('/api/notifications').forEach((r) => r.flush({ items: [], unread: 0 }));
    fixture.detectChanges();
    await fixture.whenStable();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = ''));
    fixture?.destroy();
  });

  const root = () => fixture.nativeElement as HTMLElement;
  const nav = () => root().querySelector('#main-nav') as HTMLElement;
  const menuButton = () => root().querySelector('button[aria-controls="main-nav"]') as HTMLButtonElement;

  it('on a narrow screen keeps the navigation in a closed drawer, opens it with focus on the first link, and Escape closes it', async () => {
    // Karma's headless window is 800 px wide: below the 960 px where the navigation stands beside the page.
    expect(window.innerWidth).toBeLessThan(960);
    expect(nav().hidden).toBeTrue();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');

    menuButton().click();
    fixture.detectChanges();
    await until(() => document.activeElement === nav().querySelector('a'), 'focus on the first link');
    expect(nav().hidden).toBeFalse();
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(nav().querySelector('a'));

    nav().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    fixture.detectChanges();
    await until(
      () => nav().hidden && document.activeElement === menuButton(),
      'the drawer closed, focus back on its button',
    );
    expect(nav().hidden).toBeTrue();
    expect(document.activeElement).toBe(menuButton());
  });

  it('lists the sections of the role as plain links, the current one marked as the page', async () => {
    const links = Array.from(nav().querySelectorAll('a'), (a) => a.textContent?.trim());
    expect(links).toEqual(['Etusivu', 'Oma oppiminen', 'Tilaisuudet', 'Mentorointi', 'Profiili']);
    await TestBed.inject(Router).navigateByUrl('/learning');
    fixture.detectChanges();
    expect(Array.from(nav().querySelectorAll('a[aria-current="page"]'), (a) => a.textContent?.trim())).toEqual([
      'Oma oppiminen',
    ]);
  });
});
