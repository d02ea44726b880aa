import { isTaxonomyKey, type TaxonomyCategory } from '@kotopaikka/matching';

import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, ValidateBy } from 'class-validator';

/** A list of keys of one taxonomy category (libs/matching), unique, at least `min`; an unknown key names the field. */
export function TaxonomyKeys(category: TaxonomyCategory, min: number, max: number): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, isArray: true, minItems: min, maxItems: max, description: `${category} keys` }),
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(max),
    ArrayUnique(),
    ValidateBy({
      name: 'taxonomyKeys',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) && value.every((k) => typeof k === 'string' && isTaxonomyKey(category, k)),
        defaultMessage: (a) => `${a?.property ?? 'value'} must hold only known ${category} keys`,
      },
    }),
  );
}
