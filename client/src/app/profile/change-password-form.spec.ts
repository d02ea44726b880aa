import { type ApiErrorBody, ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { CsrfToken } from '../core/http/csrf-token';
import { Translator } from '../core/i18n/translator';
import { provideTestApp, until } from '../testing/test-app';
import { ChangePasswordForm } from './change-password-form';

function apiError(status: number, code: ErrorCode): [ApiErrorBody, { status: number; statusText: string }] {
  return [
    { statusCode: status, code, error: 'Error', message: code, details: null },
    { status, statusText: 'Error' },
  ];
}

describe('ChangePasswordForm', () => {
  let fixture: ComponentFixture<ChangePasswordForm>;
  let http: HttpTestingController;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [...provideTestApp(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    TestBed.inject(CsrfToken).set('csrf');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChangePasswordForm);
    el = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function inputs(): HTMLInputElement[] {
    return Array.from(el.querySelectorAll('input'));
  }

  function fill(current: string, password: string, confirm: string): void {
    [current, password, confirm].forEach((value, index) => {
      inputs()[index].value = value;
      inputs()[index].dispatchEvent(new Event('input'));
    });
  }

  async function submit(): Promise<void> {
    el.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
  }

  const errors = () => Array.from(el.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());

  it("labels the three fields, with the rules as the new password's hint", () => {
    const labels = Array.from(el.querySelectorAll('mat-label')).map((l) => l.textContent?.trim());
    expect(labels).toEqual([t('profile.password.current'), t('auth.newPassword'), t('auth.confirmPassword')]);
    expect(el.querySelector('mat-hint')?.textContent?.trim()).toBe(t('auth.passwordRules'));
    expect(inputs().map((i) => i.autocomplete)).toEqual(['current-password', 'new-password', 'new-password']);
  });

  it('sends nothing while the new password is too short or the two differ', async () => {
    fill('vanha-salasana', 'lyhyt', 'toinen');
    await submit();
    http.expectNone('/api/auth/password');
    expect(errors()).toEqual([t('auth.passwordTooShort', { min: 8 }), t('auth.passwordMismatch')]);
  });

  it('changes the password, empties the form and moves focus to the confirmation', async () => {
    fill('vanha-salasana', 'Uusi-pitkä-salasana', 'Uusi-pitkä-salasana');
    await submit();
    const request = http.expectOne('/api/auth/password');
    expect(request.request.body).toEqual({ currentPassword: 'vanha-salasana', newPassword: 'Uusi-pitkä-salasana' });
    request.flush(null);
    await until(() => el.querySelector('.kp-password-status')?.textContent?.trim(), 'the confirmation');
    expect(inputs().every((i) => i.value === '')).toBeTrue();
    const status = el.querySelector('.kp-password-status');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent?.trim()).toBe(t('profile.password.changed'));
    expect(document.activeElement).toBe(status);
  });

  it('says the current password is wrong, as an alert with focus on it', async () => {
    fill('väärä-salasana', 'Uusi-pitkä-salasana', 'Uusi-pitkä-salasana');
    await submit();
    http.expectOne('/api/auth/password').flush(...apiError(401, ErrorCode.InvalidCredentials));
    await until(() => el.querySelector('.kp-password-status')?.textContent?.trim(), 'the alert');
    const status = el.querySelector('.kp-password-status');
    expect(status?.getAttribute('role')).toBe('alert');
    expect(status?.textContent?.trim()).toBe(t('profile.password.wrongCurrent'));
    expect(document.activeElement).toBe(status);
  });

  it('puts the server\'s "too weak" on the new password field', async () => {
    fill('vanha-salasana', 'salasana123', 'salasana123');
    await submit();
    http.expectOne('/api/auth/password').flush(...apiError(400, ErrorCode.PasswordTooWeak));
    await until(() => errors().length, 'the field error');
    expect(errors()).toEqual([t('core.error.password_too_weak')]);
  });

  it('shows both new passwords as text while the toggle is pressed', async () => {
    const toggle = el.querySelector<HTMLButtonElement>('.kp-show-password');
    expect(toggle?.getAttribute('aria-label')).toBe(t('core.password.show'));
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    expect(inputs().map((i) => i.type)).toEqual(['password', 'text', 'text']);
    toggle?.click();
    await fixture.whenStable();
    expect(inputs().map((i) => i.type)).toEqual(['password', 'password', 'password']);
  });
});
