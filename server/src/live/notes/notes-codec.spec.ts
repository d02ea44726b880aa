import { LIVE_NOTES_MAX_UPDATE_BYTES } from '@kotopaikka/contracts';

import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { ApiException } from '../../platform/errors/api.exception';
import { checkedAwareness, checkedStateVector, checkedUpdate, toBase64 } from './notes-codec';

function refusal(check: () => unknown): { status: number; field: string } {
  try {
    check();
  } catch (err) {
    if (!(err instanceof ApiException)) throw err;
    const [problem] = err.details as { field: string }[];
    return { status: err.getStatus(), field: problem.field };
  }
  throw new Error('accepted');
}

describe('the notes codec', () => {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, 'Tavoitteet');
  doc.getText('notes').delete(0, 3);
  const update = Y.encodeStateAsUpdate(doc);

  it('accepts Yjs updates, including one that waits for content it depends on', () => {
    expect(checkedUpdate(toBase64(update))).toEqual(update);
    const later = new Y.Doc();
    Y.applyUpdate(later, update);
    const before = Y.encodeStateVector(later);
    later.getText('notes').insert(0, 'Uudet ');
    // Only the new edit, without what it follows: valid, Yjs keeps it pending until the rest arrives.
    expect(() => checkedUpdate(toBase64(Y.encodeStateAsUpdate(later, before)))).not.toThrow();
  });

  it('refuses bytes that are not an update, an empty one, and one over the limit, naming the field', () => {
    expect(refusal(() => checkedUpdate(toBase64(Buffer.from('hello'))))).toEqual({ status: 400, field: 'update' });
    expect(refusal(() => checkedUpdate(''))).toEqual({ status: 400, field: 'update' });
    expect(refusal(() => checkedUpdate(toBase64(update.slice(0, update.length - 3))))).toEqual({
      status: 400,
      field: 'update',
    });
    const big = new Uint8Array(LIVE_NOTES_MAX_UPDATE_BYTES + 1);
    expect(refusal(() => checkedUpdate(toBase64(big)))).toEqual({ status: 400, field: 'update' });
  });

  it('checks state vectors', () => {
    expect(checkedStateVector(toBase64(Y.encodeStateVector(doc)))).toEqual(Y.encodeStateVector(doc));
    expect(refusal(() => checkedStateVector(toBase64(Buffer.from([0x85]))))).toEqual({
      status: 400,
      field: 'stateVector',
    });
  });

  it('reads an awareness update to its end and refuses one with a broken state or trailing bytes', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Aino' } });
    const good = encodeAwarenessUpdate(awareness, [awareness.clientID]);
    awareness.destroy();
    expect(checkedAwareness(toBase64(good))).toEqual(good);
    expect(refusal(() => checkedAwareness(toBase64(Buffer.concat([good, Buffer.from([1])]))))).toEqual({
      status: 400,
      field: 'update',
    });
    // One client, id 1, clock 1, and a state that is not JSON.
    const broken = Buffer.concat([Buffer.from([1, 1, 1, 3]), Buffer.from('{x:')]);
    expect(refusal(() => checkedAwareness(toBase64(broken)))).toEqual({ status: 400, field: 'update' });
  });
});
