import type {
  StandardJSONSchemaV1,
  StandardSchemaV1,
} from '@standard-schema/spec';
import Ajv from 'ajv';

const ajv = new Ajv({ allErrors: true, strict: false });

/**
 * A permission rule's parameter schema from a plain JSON Schema: a Standard
 * Schema that validates synchronously (ajv) and hands the framework its JSON
 * Schema, as `createPermissionRule` asks. (Zod v3 schemas are deprecated
 * there, and type-checking them through its overloads is very slow.)
 *
 * @public
 */
export function jsonSchemaParams<T>(
  schema: Record<string, unknown>,
): StandardSchemaV1<T> & StandardJSONSchemaV1<T> {
  const validate = ajv.compile(schema);
  return {
    '~standard': {
      version: 1,
      vendor: 'partner-studio',
      validate: (value: unknown) => {
        if (validate(value)) return { value: value as T };
        return {
          issues: (validate.errors ?? []).map(error => ({
            message: `${error.instancePath || 'params'} ${error.message}`,
            path: error.instancePath.split('/').slice(1),
          })),
        };
      },
      jsonSchema: {
        input: () => schema,
        output: () => schema,
      },
    },
  };
}
