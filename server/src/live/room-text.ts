import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Text a person writes into a room (a poll question, a card): a string of `min`..`max` characters, not only
 * blanks. Text PostgreSQL could not store (NUL, a lone surrogate) never gets here: SocketValidationPipe and the
 * HTTP text-safety pipe refuse it in any field first.
 */
export function IsRoomText(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRoomText',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.length >= min && value.length <= max && value.trim() !== '',
        defaultMessage: (a) => `${a?.property ?? 'text'} must be text of ${min} to ${max} characters, not only spaces`,
      },
    },
    options,
  );
}
