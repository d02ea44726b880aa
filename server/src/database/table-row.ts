/** `displayName` → `display_name`: how an entity's property names its column (the entities spec holds every entity to it). */
export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;

/** The runtime twin of `SnakeCase`, for the spec that checks the entities follow it. */
export function snakeCase<S extends string>(name: S): SnakeCase<S> {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as SnakeCase<S>;
}

/**
 * The columns `K` of the table behind entity `E`, as hand-written SQL reads them: snake_case keys, the entity's types.
 * Keys are picked, not derived, so a row type names exactly what its SELECT lists (and relations never slip in).
 */
export type TableRow<E, K extends keyof E & string> = { [P in K as SnakeCase<P>]: E[P] };

/** Columns read through a LEFT JOIN: each may be null when nothing matched. */
export type Nullable<T> = { [P in keyof T]: T[P] | null };
