import { jsonDepth } from './json-body';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('jsonDepth', () => {
  it('counts the nesting of objects and arrays, not brackets inside strings', () => {
    expect(jsonDepth(bytes('1'), 32)).toBe(0);
    expect(jsonDepth(bytes('{"a":[{"b":[]}]}'), 32)).toBe(4);
    expect(jsonDepth(bytes('{"a":"[[[{{{\\"[[["}'), 32)).toBe(1);
    expect(jsonDepth(bytes('["ä\\\\",[]]'), 32)).toBe(2);
  });

  it('stops at the limit, however deep the rest goes', () => {
    expect(jsonDepth(bytes('['.repeat(33) + ']'.repeat(33)), 32)).toBe(-1);
    expect(jsonDepth(bytes('['.repeat(32) + ']'.repeat(32)), 32)).toBe(32);
    expect(jsonDepth(bytes('['.repeat(1_000_000)), 32)).toBe(-1);
  });

  it('reads a string the same way, from the offset given', () => {
    expect(jsonDepth('{"a":[{"b":"]]ä"}]}', 32)).toBe(3);
    expect(jsonDepth('[[[ ["x"]', 32, 4)).toBe(1);
    expect(jsonDepth('['.repeat(33), 32)).toBe(-1);
  });
});
