import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { nextRequest } from '../../testing/test-app';
import { PairingGoals, progressValue } from './pairing-goals';
import { aDetail, byTestId, PAIRING_URL, setUpPairingTest, t, typeInto } from './pairings-testing';

const goal = { id: 'g1', title: 'Perehdytysmalli', progress: 20, comment: '', updatedAt: '2026-03-10T08:00:00Z' };
const task = { id: 'k1', title: 'Lue opas', dueOn: '2026-04-01', goalId: null, doneAt: null };

describe('PairingGoals', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PairingGoals>;
  let el: HTMLElement;
  let changed: number;

  beforeEach(async () => {
    http = setUpPairingTest();
    fixture = TestBed.createComponent(PairingGoals);
    fixture.componentRef.setInput('pairing', aDetail({ goals: [goal], tasks: [task] }));
    changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    el = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('reads a progress figure as a whole number 0–100 only', () => {
    expect(progressValue('0')).toBe(0);
    expect(progressValue(' 100 ')).toBe(100);
    expect(progressValue('101')).toBeNull();
    expect(progressValue('-1')).toBeNull();
    expect(progressValue('12.5')).toBeNull();
    expect(progressValue('')).toBeNull();
  });

  it('labels the progress field with the goal, refuses 140 and saves 65 % with the comment', async () => {
    const input = byTestId(el, 'goal-progress-input') as HTMLInputElement;
    const label = el.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
    expect(label).toContain('Perehdytysmalli');
    expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('20');

    input.value = '140';
    byTestId(el, 'goal-save')?.click();
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe(t('mentoring.pairings.goals.progressRange'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    http.expectNone(`${PAIRING_URL}/goals/g1`);

    input.value = '65';
    typeInto(el, 'goal-comment', ' Malli on luonnoksena ');
    byTestId(el, 'goal-save')?.click();
    const patch = await nextRequest(http, 'PATCH', `${PAIRING_URL}/goals/g1`);
    expect(patch.request.body).toEqual({ progress: 65, comment: 'Malli on luonnoksena' });
    patch.flush(null);
    await fixture.whenStable();
    expect(changed).toBe(1);
    expect(byTestId(el, 'goal-saved')).not.toBeNull();
  });

  it('adds and removes a goal; adds a task with a due date and ticks one done', async () => {
    typeInto(el, 'goal-new', 'Rekrytointi');
    byTestId(el, 'goal-add')?.click();
    const post = await nextRequest(http, 'POST', `${PAIRING_URL}/goals`);
    expect(post.request.body).toEqual({ title: 'Rekrytointi' });
    post.flush(null);

    const remove = el.querySelector<HTMLButtonElement>(
      `button[aria-label="${t('mentoring.pairings.goals.removeGoal', { title: 'Perehdytysmalli' })}"]`,
    );
    remove?.click();
    (await nextRequest(http, 'DELETE', `${PAIRING_URL}/goals/g1`)).flush(null);

    typeInto(el, 'task-new', 'Soita TE-toimistoon');
    typeInto(el, 'task-due', '2026-04-10');
    byTestId(el, 'task-add')?.click();
    const addTask = await nextRequest(http, 'POST', `${PAIRING_URL}/tasks`);
    expect(addTask.request.body).toEqual({ title: 'Soita TE-toimistoon', dueOn: '2026-04-10' });
    addTask.flush(null);

    (byTestId(el, 'task-done-k1')?.querySelector('input') as HTMLInputElement).click();
    const done = await nextRequest(http, 'PATCH', `${PAIRING_URL}/tasks/k1`);
    expect(done.request.body).toEqual({ done: true });
    done.flush(null);
    expect(changed).toBe(4);
    expect(el.textContent).toContain('1.4.2026');
  });
});
