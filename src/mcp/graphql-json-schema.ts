// JSON Schemas for MCP tools, read off the GraphQL schema: a tool's input schema from its query field's arguments,
// its output schema from the selection of the document it runs. Enum values, defaults and descriptions come from the
// schema, which builds them from the domain vocabulary, so a value added there reaches MCP clients with nothing to
// change here.
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  Kind,
  astFromValue,
  getNamedType,
  getNullableType,
  isNonNullType,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

export type JsonSchema = Record<string, unknown>;

const SCALARS: Record<string, string> = { String: 'string', ID: 'string', Int: 'integer', Float: 'number', Boolean: 'boolean' };

function scalarSchema(type: GraphQLScalarType): JsonSchema {
  const json = SCALARS[type.name];
  if (!json) throw new Error(`No JSON Schema for the GraphQL scalar ${type.name}.`);
  return { type: json };
}

/** An enum's values, each with its description, so a model choosing a value reads what each means. */
function enumSchema(type: GraphQLEnumType): JsonSchema {
  const values = type.getValues();
  return {
    type: 'string',
    enum: values.map((v) => v.name),
    description: [type.description, ...values.map((v) => `${v.name}: ${v.description ?? ''}`)].filter(Boolean).join('\n'),
  };
}

function withDescription(schema: JsonSchema, description: string | null | undefined): JsonSchema {
  if (!description) return schema;
  // An enum keeps its value list after the field's own description.
  return { ...schema, description: schema.description ? `${description}\n${schema.description as string}` : description };
}

function inputTypeSchema(type: GraphQLInputType): JsonSchema {
  const nullable = getNullableType(type);
  if (nullable instanceof GraphQLList) return { type: 'array', items: inputTypeSchema(nullable.ofType) };
  if (nullable instanceof GraphQLEnumType) return enumSchema(nullable);
  if (nullable instanceof GraphQLInputObjectType) return inputObjectSchema(Object.values(nullable.getFields()), nullable.description);
  return scalarSchema(nullable as GraphQLScalarType);
}

function inputObjectSchema(fields: readonly (GraphQLArgument | GraphQLInputField)[], description?: string | null): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const field of fields) {
    let schema = withDescription(inputTypeSchema(field.type), field.description);
    const fallback = field.defaultValue === undefined ? undefined : astFromValue(field.defaultValue, field.type);
    if (fallback) schema = { ...schema, default: valueFromASTUntyped(fallback) };
    properties[field.name] = schema;
    if (isNonNullType(field.type) && field.defaultValue === undefined) required.push(field.name);
  }
  return { type: 'object', ...(description ? { description } : {}), properties, required, additionalProperties: false };
}

/** The arguments of a query field as the JSON Schema of a tool's input. */
export function argumentsSchema(schema: GraphQLSchema, fieldName: string): JsonSchema {
  const field = schema.getQueryType()!.getFields()[fieldName];
  if (!field) throw new Error(`The schema has no query field ${fieldName}.`);
  return inputObjectSchema(field.args);
}

function orNull(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, { type: 'null' }] };
}

function outputTypeSchema(type: GraphQLOutputType, selection: SelectionSetNode | undefined): JsonSchema {
  const nullable = getNullableType(type);
  let schema: JsonSchema;
  if (nullable instanceof GraphQLList) schema = { type: 'array', items: outputTypeSchema(nullable.ofType, selection) };
  else if (nullable instanceof GraphQLEnumType) schema = { type: 'string', enum: nullable.getValues().map((v) => v.name) };
  else if (nullable instanceof GraphQLObjectType) schema = selectionSchema(nullable, selection!);
  else schema = scalarSchema(nullable as GraphQLScalarType);
  return type instanceof GraphQLNonNull ? schema : orNull(schema);
}

function selectionSchema(parent: GraphQLObjectType, selection: SelectionSetNode): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const node of selection.selections) {
    if (node.kind !== Kind.FIELD) throw new Error('Tool documents select fields only, without fragments.');
    const field = parent.getFields()[node.name.value];
    if (!field) throw new Error(`${parent.name} has no field ${node.name.value}.`);
    const description = field.description ?? getNamedType(field.type).description;
    properties[node.alias?.value ?? node.name.value] = withDescription(outputTypeSchema(field.type, node.selectionSet), description);
  }
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

/** The JSON Schema of what the document's operation returns as `data`: an object with one property per root field. */
export function resultSchema(schema: GraphQLSchema, document: DocumentNode): JsonSchema {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('A tool document holds one operation.');
  return selectionSchema(schema.getQueryType()!, operation.selectionSet);
}
