import { ROLES } from '@kotopaikka/contracts';

import type { TestAgent, TestResponse } from './test-agent';
import type { TestApp } from './test-app';

/** How a matrix row calls its operation: the `{id}` of its path and the body. */
export interface OperationCall {
  param?: string;
  /** The ids of a path with more than one (`/pairings/{id}/goals/{goalId}`), in order; `param` is the first. */
  params?: string[];
  body?: unknown;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every `METHOD /path` of the OpenAPI document whose path matches: what a capability's matrix must cover. */
export async function documentedOperations(t: TestApp, paths: RegExp): Promise<string[]> {
  const doc = await t
    .agent()
    .get<{ paths: Record<string, Partial<Record<(typeof METHODS)[number], unknown>>> }>('/api/docs-json');
  if (doc.status !== 200) throw new Error(`the OpenAPI document answered ${doc.status}`);
  return Object.entries(doc.body.paths)
    .filter(([path]) => paths.test(path))
    .flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`));
}

/**
 * What a capability's operation × persona matrix leaves out, in words (an empty list when nothing): a documented
 * operation (of `paths`) without a row, a call for an operation the document does not have, a role that none of the
 * personas has, and an operation that no row expects to succeed (a matrix of refusals proves little).
 */
export async function matrixCoverageGaps(
  t: TestApp,
  paths: RegExp,
  rows: readonly (readonly [string, string, readonly number[]])[],
  calls: Record<string, unknown>,
  personaRoles: readonly string[],
): Promise<string[]> {
  const documented = await documentedOperations(t, paths);
  const inMatrix = new Set(rows.map(([op]) => op));
  const succeeding = new Set(rows.filter(([, , statuses]) => statuses.some((s) => s < 300)).map(([op]) => op));
  const roles = new Set(personaRoles);
  return [
    ...documented.filter((op) => !inMatrix.has(op)).map((op) => `${op} has no row`),
    ...Object.keys(calls)
      .filter((op) => !documented.includes(op))
      .map((op) => `${op} has a call but is not in the OpenAPI document`),
    ...ROLES.filter((role) => !roles.has(role)).map((role) => `no persona has the role ${role}`),
    ...Object.keys(calls)
      .filter((op) => !succeeding.has(op))
      .map((op) => `${op} succeeds in no row`),
  ];
}

/** Sends one call of `op` (`METHOD /path/{id}`, as in the OpenAPI document) as the agent. */
export function sendOperation(
  agent: TestAgent,
  op: string,
  call: OperationCall,
): Promise<TestResponse<{ code?: string }>> {
  const [method, template] = op.split(' ');
  const ids = call.params ?? (call.param ? [call.param] : []);
  if ((template.match(/\{[^}]+\}/g) ?? []).length > ids.length) throw new Error(`${op}: the target gives no id`);
  let next = 0;
  const path = template.replace(/\{[^}]+\}/g, () => ids[next++]);
  switch (method) {
    case 'GET':
      return agent.get(path);
    case 'DELETE':
      return agent.delete(path);
    case 'POST':
      return agent.post(path, call.body);
    case 'PUT':
      return agent.put(path, call.body);
    case 'PATCH':
      return agent.patch(path, call.body);
    default:
      throw new Error(`no method ${method}`);
  }
}

/**
 * Runs every row of an operation × persona matrix and returns each answer that differs from the row, in words
 * (`persona: op on target answered 404 not_found, expected 200`); an empty list when all agree.
 */
export async function matrixMismatches<Op extends string, Target extends string>(
  rows: readonly (readonly [Op, Target, readonly number[]])[],
  people: readonly { name: string; agent: TestAgent }[],
  callOf: (op: Op, target: Target) => Promise<OperationCall>,
): Promise<string[]> {
  const wrong: string[] = [];
  for (const [op, target, statuses] of rows) {
    for (const [i, person] of people.entries()) {
      const res = await sendOperation(person.agent, op, await callOf(op, target));
      if (res.status !== statuses[i]) {
        const code = typeof res.body === 'object' && res.body ? (res.body.code ?? '') : '';
        wrong.push(
          `${person.name}: ${op} on ${target} answered ${res.status} ${code}`.trimEnd() + `, expected ${statuses[i]}`,
        );
      }
    }
  }
  return wrong;
}
