// The shape of a GraphQL document: the document with its literal values and alias names left out. Documents that
// bots and GraphiQL users build as strings differ from one request to the next in those only (an instance type
// written into the document, an alias per question). Whether a document passes validation and the query limits is
// the same for every document of one shape, but for the literal values themselves, which are checked for each
// document (literalsFit: what graphql-js's ValuesOfCorrectTypeRule, the one rule that reads them, checks):
// - alias names: only OverlappingFieldsCanBeMergedRule reads them, comparing fields under the same response name; a
//   document where a response name comes twice in one selection set has no shape, so no two fields are ever merged.
//   How many aliases there are (a query limit) is in the shape;
// - literal values: their kinds, list lengths and input object field names stay in the shape (so do the number of
//   tokens, the depth and the directives, all query limits). Int values stay as they are: the cost limit multiplies
//   by `first` and `last`. Strings, floats, booleans and enum values go.
// Documents outside what this reasons about have no shape (null) and go through the full pipeline every time: with
// fragments (spreads, inline, definitions), directives, or more than one definition.
import {
  Kind,
  TypeInfo,
  print,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface DocumentShape {
  key: string;
  /** The arguments' literal values (all but those given as a variable), in the order of the document. */
  literals: ValueNode[];
}

const NO_SHAPE = Symbol('no shape');

function valueShape(value: ValueNode): string {
  switch (value.kind) {
    case Kind.INT:
      return value.value;
    case Kind.VARIABLE:
      return `$${value.name.value}`;
    case Kind.NULL:
      return 'null';
    case Kind.LIST:
      return `[${value.values.map(valueShape).join(' ')}]`;
    case Kind.OBJECT:
      return `{${value.fields.map((field) => `${field.name.value}:${valueShape(field.value)}`).join(' ')}}`;
    default:
      // STRING, FLOAT, BOOLEAN, ENUM: the kind alone.
      return value.kind;
  }
}

function selectionSetShape(selectionSet: SelectionSetNode, literals: ValueNode[]): string {
  const responseNames = new Set<string>();
  let shape = '{';
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || (selection.directives?.length ?? 0) > 0) throw NO_SHAPE;
    const responseName = selection.alias?.value ?? selection.name.value;
    if (responseNames.has(responseName)) throw NO_SHAPE;
    responseNames.add(responseName);
    shape += selection.alias === undefined ? ' ' : ' @:';
    shape += selection.name.value;
    if (selection.arguments !== undefined && selection.arguments.length > 0) {
      shape += '(';
      for (const argument of selection.arguments) {
        if (argument.value.kind !== Kind.VARIABLE) literals.push(argument.value);
        shape += `${argument.name.value}:${valueShape(argument.value)} `;
      }
      shape += ')';
    }
    if (selection.selectionSet !== undefined) shape += selectionSetShape(selection.selectionSet, literals);
  }
  return `${shape}}`;
}

/** The document's shape, or null when it has none (see above). */
export function documentShape(document: DocumentNode): DocumentShape | null {
  const [operation, ...others] = document.definitions;
  if (operation === undefined || others.length > 0 || operation.kind !== Kind.OPERATION_DEFINITION || (operation.directives?.length ?? 0) > 0) return null;
  // Variable definitions as written: rare in a document sent once, and their default values are literals too.
  const variables = operation.variableDefinitions?.map(print).join(' ') ?? '';
  const literals: ValueNode[] = [];
  try {
    return { key: `${operation.operation} ${operation.name?.value ?? ''}(${variables})${selectionSetShape(operation.selectionSet, literals)}`, literals };
  } catch (error) {
    if (error === NO_SHAPE) return null;
    throw error;
  }
}

/** The input type of each of a shape's literals, in the order of `literals`, from a valid document of that shape. */
export function literalTypes(schema: GraphQLSchema, document: DocumentNode): GraphQLInputType[] {
  const types: GraphQLInputType[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        if (node.value.kind !== Kind.VARIABLE) types.push(typeInfo.getInputType()!);
      },
    }),
  );
  return types;
}

/**
 * Whether a document's literals are values of their types, as ValuesOfCorrectTypeRule finds them: valueFromAST gives
 * nothing exactly where that rule finds an error, but for an input object field the type does not have, which the
 * shape rules out (field names are in it). A literal holding a variable is left to the pipeline.
 */
export function literalsFit(literals: readonly ValueNode[], types: readonly GraphQLInputType[]): boolean {
  return literals.every((literal, i) => valueFromAST(literal, types[i]!) !== undefined);
}
