// Placeholder list; the auth work replaces it with a real list of the most common passwords.
const COMMON = new Set<string>(['password', 'password1', '12345678', '123456789', 'qwerty123', 'salasana', 'salasana1']);

export function isCommonPassword(lowercased: string): boolean {
  return COMMON.has(lowercased);
}
