import type { ParameterObject } from './openapi.types';
import type { CollectedRoute, RouteInput } from './route-collector';
import { toJsonSchema, type JsonSchema } from './zod-json-schema';

/** Path parameters in the order the path names them, then query parameters, typed by the route's ZodPipes. */
export function parametersOf(route: CollectedRoute): ParameterObject[] {
  const validated = route.inputs.filter((input) => input.source === 'path').flatMap(fieldsOf);
  const inPath = [...route.path.matchAll(/:(\w+)/g)].map(([, name = '']) => {
    const field = validated.find((candidate) => candidate.name === name);
    return parameter({ name, required: true, schema: { type: 'string' }, ...field }, 'path');
  });
  const inQuery = route.inputs
    .filter((input) => input.source === 'query')
    .flatMap(fieldsOf)
    .map((field) => parameter(field, 'query'));
  return [...inPath, ...inQuery];
}

function parameter({ name, required, description, schema }: Field, location: ParameterObject['in']): ParameterObject {
  // A path parameter is always required; OpenAPI insists.
  return {
    name,
    in: location,
    required: required || location === 'path',
    ...(description ? { description } : {}),
    schema,
  };
}

interface Field {
  name: string;
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

/** A whole-object pipe gives one field per property; a pipe on `@Query('q')` gives that one field. */
function fieldsOf(input: RouteInput): Field[] {
  const json = toJsonSchema(input.schema, 'input');
  if (input.key !== undefined) {
    return [{ name: input.key, required: !input.schema.safeParse(undefined).success, schema: json }];
  }
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const schema = typeof property === 'boolean' ? {} : property;
    return {
      name,
      required: json.required?.includes(name) ?? false,
      ...(schema.description ? { description: schema.description } : {}),
      schema,
    };
  });
}
