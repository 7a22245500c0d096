// Every string a request gives a field (an argument, or a field of an input object, in a list or not) is checked
// against the request's input limits before the field's resolver runs: a manifest against maxManifestBytes, free
// text (a question, a search, an env value) against maxTextLength, any other string (a name, a version) against
// maxNameLength. (Limits on what a string holds, such as the YAML tokens of a manifest or the entries of an env list,
// are the rules' own.) The check is part of the field's resolver, so it holds
// however the operation is executed (graphql-js in the pipeline, graphql-jit for a prepared operation), and a field
// added later is covered by the same rule.
import {
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { overLimit, type InputLimits } from '../rules/input-limits.js';
import type { Context } from './builder.js';

type Check = (value: unknown, limits: InputLimits, path: string) => void;

const TEXT_ARGUMENTS = new Set(['question', 'search', 'value']);

function stringLimit(name: string): keyof InputLimits {
  if (name === 'manifest') return 'maxManifestBytes';
  return TEXT_ARGUMENTS.has(name) ? 'maxTextLength' : 'maxNameLength';
}

/** The check for a value of this type given under this name; null when the type can hold no string. */
function checkFor(type: GraphQLInputType, name: string, seen: Set<GraphQLInputObjectType>): Check | null {
  if (type instanceof GraphQLNonNull) return checkFor(type.ofType, name, seen);
  if (type instanceof GraphQLList) {
    const item = checkFor(type.ofType, name, seen);
    if (item === null) return null;
    return (value, limits, path) => {
      if (Array.isArray(value)) value.forEach((v, i) => item(v, limits, `${path}[${i}]`));
      else item(value, limits, path);
    };
  }
  if (type instanceof GraphQLScalarType) {
    if (type.name !== 'String' && type.name !== 'ID') return null;
    const limit = stringLimit(name);
    return (value, limits, path) => {
      if (typeof value === 'string' && value.length > limits[limit]) throw overLimit(limit, limits[limit], path, value.length, 'characters');
    };
  }
  if (type instanceof GraphQLInputObjectType) {
    if (seen.has(type)) return null;
    const fields = Object.values(type.getFields()).flatMap((f) => {
      const check = checkFor(f.type, f.name, new Set([...seen, type]));
      return check === null ? [] : [[f.name, check] as const];
    });
    if (fields.length === 0) return null;
    return (value, limits, path) => {
      if (typeof value !== 'object' || value === null) return;
      for (const [field, check] of fields) check((value as Record<string, unknown>)[field], limits, `${path}.${field}`);
    };
  }
  return null;
}

/** Wraps, in place, the resolver of every field that takes a string, so it checks the input limits first. */
export function limitStringArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checks = field.args.flatMap((arg) => {
        const check = checkFor(arg.type, arg.name, new Set());
        return check === null ? [] : [[arg.name, check] as const];
      });
      if (checks.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context: Context, info) => {
        for (const [name, check] of checks) check(args[name], context.inputLimits, name);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
