import type { TestApp } from './test-app';

/** The part of an OpenAPI 3.0 schema object that @nestjs/swagger writes for DTO classes. */
export interface OpenApiSchema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  nullable?: boolean;
  enum?: unknown[];
  allOf?: OpenApiSchema[];
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  items?: OpenApiSchema;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: OpenApiSchema }> }> }>
  >;
  components: { schemas: Record<string, OpenApiSchema> };
}

export async function openApiDocument(t: TestApp): Promise<OpenApiDocument> {
  const res = await t.agent().get<OpenApiDocument>('/api/docs-json');
  if (res.status !== 200) throw new Error(`the OpenAPI document answered ${res.status}`);
  return res.body;
}

/** The JSON schema of an operation's success answer (`get`, `/api/live-sessions/{id}/report`). */
export function responseSchema(doc: OpenApiDocument, method: string, path: string, status = '200'): OpenApiSchema {
  const schema = doc.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${method.toUpperCase()} ${path} documents no JSON answer for ${status}`);
  return schema;
}

/**
 * Where a value departs from its documented schema, as `$.path: problem` lines: a property the document does not
 * name, a required one missing, a wrong type, a null where none is allowed, an object described only as `object`.
 */
export function schemaMismatches(doc: OpenApiDocument, schema: OpenApiSchema, value: unknown, path = '$'): string[] {
  if (schema.$ref) {
    const target = doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
    if (!target) return [`${path}: ${schema.$ref} is not in the document`];
    return schemaMismatches(doc, target, value, path);
  }
  if (value === null) return schema.nullable ? [] : [`${path}: null, which the document does not allow`];
  if (schema.allOf) return schema.allOf.flatMap((part) => schemaMismatches(doc, part, value, path));
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} is not in its enum`];
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${path}: not an object`];
      if (!schema.properties) return [`${path}: an object whose properties the document does not describe`];
      const properties = schema.properties;
      const record = value as Record<string, unknown>;
      return [
        ...Object.keys(record)
          .filter((key) => !(key in properties))
          .map((key) => `${path}.${key}: not in the document`),
        ...(schema.required ?? []).filter((key) => !(key in record)).map((key) => `${path}.${key}: required, missing`),
        ...Object.entries(properties)
          .filter(([key]) => key in record)
          .flatMap(([key, property]) => schemaMismatches(doc, property, record[key], `${path}.${key}`)),
      ];
    }
    case 'array':
      if (!Array.isArray(value)) return [`${path}: not an array`];
      return schema.items
        ? value.flatMap((item, i) => schemaMismatches(doc, schema.items ?? {}, item, `${path}.${i}`))
        : [];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: not an integer`];
    case 'number':
    case 'string':
    case 'boolean':
      return typeof value === schema.type ? [] : [`${path}: not a ${schema.type}`];
    default:
      return schema.enum ? [] : [`${path}: the document gives no type`];
  }
}
