import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { nextRequest } from '../../testing/test-app';
import { PairingNotes } from './pairing-notes';
import { aDetail, byTestId, PAIRING_URL, setUpPairingTest, t, typeInto } from './pairings-testing';

describe('PairingNotes', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PairingNotes>;
  let el: HTMLElement;
  let changed: number;

  beforeEach(async () => {
    http = setUpPairingTest();
    fixture = TestBed.createComponent(PairingNotes);
    fixture.componentRef.setInput(
      'pairing',
      aDetail({
        notes: [
          {
            id: 'n1',
            author: { id: 'u-mentee', name: 'Ahmed Mentee' },
            body: 'Oma',
            createdAt: '2026-03-10T08:00:00Z',
          },
          {
            id: 'n2',
            author: { id: 'u-mentor', name: 'Maija Mentor' },
            body: 'Toisen',
            createdAt: '2026-03-11T08:00:00Z',
          },
        ],
      }),
    );
    changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    el = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('says notes are private to the pair, removes only my own and adds one', async () => {
    expect(byTestId(el, 'notes-private')?.textContent?.trim()).toBe(t('mentoring.pairings.notes.private'));
    expect(byTestId(el, 'note-remove-n2')).toBeNull();
    byTestId(el, 'note-remove-n1')?.click();
    (await nextRequest(http, 'DELETE', `${PAIRING_URL}/notes/n1`)).flush(null);

    typeInto(el, 'note-new', ' Seuraavaksi: työhaastattelu ');
    byTestId(el, 'note-add')?.click();
    const post = await nextRequest(http, 'POST', `${PAIRING_URL}/notes`);
    expect(post.request.body).toEqual({ body: 'Seuraavaksi: työhaastattelu' });
    post.flush(null);
    expect(changed).toBe(2);
    expect((byTestId(el, 'note-new') as HTMLTextAreaElement).value).toBe('');
  });
});
