import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonModule } from '@angular/material/button';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatTabsModule } from '@angular/material/tabs';

@Component({
  selector: 'kp-test-focus-ring',
  imports: [MatButtonModule, MatTabsModule],
  template: `
    <a href="/learning">linkki</a>
    <button mat-flat-button type="button">Tallenna</button>
    <button mat-stroked-button type="button">Peru</button>
    <button mat-icon-button type="button" aria-label="Valikko">≡</button>
    <mat-tab-group><mat-tab label="Eka">1</mat-tab><mat-tab label="Toka">2</mat-tab></mat-tab-group>
  `,
})
class FocusHost {}

/** styles.scss is part of the test build: the global ring must reach Material's controls (WCAG 2.4.7). */
describe('focus ring', () => {
  it('draws the same 3 px ring on Material buttons, icon buttons and tabs as on links', async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(FocusHost);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const ring = (target: HTMLElement) => {
      target.focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(target);
      return { matches: target.matches(':focus-visible'), style: style.outlineStyle, width: style.outlineWidth };
    };
    const link = ring(el.querySelector('a') as HTMLElement);
    expect(link).toEqual({ matches: true, style: 'solid', width: '3px' });
    for (const selector of ['[mat-flat-button]', '[mat-stroked-button]', '[mat-icon-button]', '[role=tab]']) {
      expect(ring(el.querySelector(selector) as HTMLElement))
        .withContext(selector)
        .toEqual(link);
    }
  });
});
