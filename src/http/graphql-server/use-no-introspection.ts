// With schema discovery off, introspection queries fail validation (src/graphql/error-coding.ts cuts suggestions from error
// messages, and yoga.ts does not serve GraphiQL).
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
