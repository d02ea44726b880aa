import type { ApiErrorBody, Page } from '@kotopaikka/contracts';

import type { TestAgent } from './test-agent';

/** Every page of a cursor-paged list, `limit` at a time, following nextCursor; fails on any answer but 200 or an oversized page. */
export async function walkPages<T>(agent: TestAgent, path: string, limit: number): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const query = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res: { status: number; body: Page<T> } = await agent.get<Page<T>>(
      `${path}${path.includes('?') ? '&' : '?'}${query}`,
    );
    if (res.status !== 200)
      throw new Error(`${path} page ${pages.length + 1}: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.body.items.length > limit)
      throw new Error(`${path} page ${pages.length + 1}: ${res.body.items.length} items, limit ${limit}`);
    pages.push(res.body.items);
    cursor = res.body.nextCursor;
    // A list that never ends is a bug of its own; no test list is this long.
    if (pages.length > 1000) throw new Error(`${path}: more than 1000 pages`);
  } while (cursor);
  return pages;
}

/** A cursor that is well-formed base64url JSON but holds `parts`, to check a list refuses what it never gave out. */
export function forgedCursor(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/**
 * How a list answers each bad cursor and each limit outside 1 to 100, as `status field…` per query,
 * so a test expects `400 cursor` / `400 limit` and a failure shows which one got through.
 */
export async function pagingRefusals(
  agent: TestAgent,
  path: string,
  cursors: string[],
): Promise<Record<string, string>> {
  const queries = [...cursors.map((c) => `cursor=${encodeURIComponent(c)}`), 'limit=0', 'limit=101', 'limit=ten'];
  const answers = await Promise.all(
    queries.map(async (query) => {
      const res = await agent.get<ApiErrorBody>(`${path}${path.includes('?') ? '&' : '?'}${query}`);
      const fields = Array.isArray(res.body.details) ? res.body.details.map((d) => d.field) : [];
      return [query, [res.status, ...fields].join(' ')] as const;
    }),
  );
  return Object.fromEntries(answers);
}

/** What `pagingRefusals` answers for a list that refuses all of them. */
export function refusedAsExpected(cursors: string[]): Record<string, string> {
  return Object.fromEntries([
    ...cursors.map((c) => [`cursor=${encodeURIComponent(c)}`, '400 cursor']),
    ...['limit=0', 'limit=101', 'limit=ten'].map((q) => [q, '400 limit']),
  ]);
}
