// A limit on fields repeated under the same response name in one selection set (`{ about { dataVersion } about {
// dataVersion } ... }`, directly or through inline fragments). graphql-js's validation compares every such field with
// every other (OverlappingFieldsCanBeMerged), so n repeats cost n² comparisons: 490 of them took 120-290 ms. The
// document is refused before validation, with QUERY_LIMIT_EXCEEDED naming the field, as the other query limits are.
import { BREAK, GraphQLError, Kind, visit, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { QUERY_LIMIT_EXCEEDED } from './use-query-limits.js';

/** How many fields of the selection set (with those of its inline fragments) answer under each name. */
function countByResponseName(selectionSet: SelectionSetNode, counts = new Map<string, number>()): Map<string, number> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.alias?.value ?? selection.name.value;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countByResponseName(selection.selectionSet, counts);
    }
  }
  return counts;
}

/** The first field repeated more than `max` times in a selection set, with its count; null when none is. */
function overRepeatedField(document: DocumentNode, max: number): { name: string; count: number } | null {
  let found: { name: string; count: number } | null = null;
  visit(document, {
    SelectionSet(node) {
      for (const [name, count] of countByResponseName(node)) {
        if (count > max) {
          found = { name, count };
          return BREAK;
        }
      }
      return undefined;
    },
  });
  return found;
}

export function useRepeatedFieldLimit(max: number): Plugin {
  return {
    onValidate({ params, setResult }) {
      const repeated = overRepeatedField(params.documentAST, max);
      if (repeated === null) return;
      setResult([
        new GraphQLError(
          `A selection asks for "${repeated.name}" ${repeated.count} times; at most ${max} fields may answer under one name (GRAPHQL_MAX_REPEATED_FIELDS). Ask once, or give each an alias.`,
          { extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'repeatedFields', max } },
        ),
      ]);
    },
  };
}
