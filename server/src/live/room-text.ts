import { ValidateBy, type ValidationOptions } from 'class-validator';

import { storableTextProblem } from '../platform/errors/text-safety';

/**
 * Text a person writes into a room (a poll question, a card): a string of `min`..`max` characters, not only
 * blanks, and storable by PostgreSQL. Socket payloads skip the HTTP text-safety pipe, so the rule is checked here.
 */
export function IsRoomText(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRoomText',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          value.length >= min &&
          value.length <= max &&
          value.trim() !== '' &&
          storableTextProblem(value) === null,
        defaultMessage: (a) =>
          `${a?.property ?? 'text'} must be text of ${min} to ${max} characters, not only spaces, without NUL or lone surrogates`,
      },
    },
    options,
  );
}
