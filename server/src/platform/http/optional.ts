import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/** Optional but, when present, not null (IsOptional would let null through to a NOT NULL column). */
export const IsOptionalNotNull = (): PropertyDecorator =>
  ValidateIf((_: object, value: unknown) => value !== undefined);

/** Trims surrounding whitespace of a string, so a blank name fails its length rule. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
