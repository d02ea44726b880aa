import * as Y from 'yjs';

import { moveThrough, textDiff } from './text-diff';

describe('textDiff', () => {
  it('finds the one changed range of a keystroke, a deletion and a paste over a selection', () => {
    expect(textDiff('hello', 'hello')).toBeNull();
    expect(textDiff('helo', 'hello')).toEqual({ index: 3, remove: 0, insert: 'l' });
    expect(textDiff('hello', 'hllo')).toEqual({ index: 1, remove: 1, insert: '' });
    expect(textDiff('one two three', 'one 2 three')).toEqual({ index: 4, remove: 3, insert: '2' });
    expect(textDiff('aaa', 'aaaa')).toEqual({ index: 3, remove: 0, insert: 'a' });
  });

  it('turns into Y.Text ops that keep a concurrent edit elsewhere in the document', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('notes').insert(0, 'Agenda\nIdeas');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // b types at the end while a retypes its first line: neither loses the other's edit.
    b.getText('notes').insert(b.getText('notes').length, '\n- coffee');
    const edit = textDiff('Agenda\nIdeas', 'Agenda for today\nIdeas');
    expect(edit).toEqual({ index: 6, remove: 0, insert: ' for today' });
    a.getText('notes').insert(edit?.index ?? 0, edit?.insert ?? '');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.getText('notes').toString()).toBe('Agenda for today\nIdeas\n- coffee');
    expect(b.getText('notes').toString()).toBe(a.getText('notes').toString());
  });
});

describe('moveThrough', () => {
  it('keeps the caret on the same text when others insert or delete before it, and still after it', () => {
    expect(moveThrough(5, [{ insert: 'abc' }])).toBe(8);
    expect(moveThrough(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(8);
    expect(moveThrough(5, [{ retain: 6 }, { insert: 'abc' }])).toBe(5);
    expect(moveThrough(5, [{ retain: 1 }, { delete: 2 }])).toBe(3);
    expect(moveThrough(5, [{ retain: 4 }, { delete: 3 }])).toBe(4);
  });
});
