// The podnet MCP server: the tools of tools.ts and the resources of resources.ts over the loaded knowledge. One
// factory serves both transports (HTTP at /mcp, stdio with `podnet mcp`) and both protocol eras.
// Tool arguments are checked by GraphQL, not by the SDK: the input schema advertised is exact, but a value that
// does not fit reaches GraphQL, whose error carries the code (BAD_USER_INPUT) and the valid values a GraphQL client
// gets; the SDK's own check would answer with a message and no code.
import { McpServer, fromJsonSchema, type CallToolResult, type StandardSchemaWithJSON } from '@modelcontextprotocol/server';
import { isNonNullType, type DocumentNode, type GraphQLField } from 'graphql';
import { schema } from '../graphql/schema.js';
import type { Knowledge } from '../knowledge/types.js';
import { argumentsSchema, resultSchema, type JsonSchema } from './graphql-json-schema.js';
import { RESOURCES } from './resources.js';
import type { Context } from '../graphql/builder.js';
import type { InputLimits } from '../rules/input-limits.js';
import type { ClientError } from '../graphql/client-errors.js';
import { checkedDocument, runQuery, type UnexpectedErrorReport } from './run-query.js';
import { TOOLS, type ToolDefinition } from './tools.js';

/** Every tool only reads the knowledge: calling it again gives the same answer, and it reaches nothing outside. */
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/** The field called with every argument it takes, each from the variable of its name. */
function fieldDocument(name: string, field: GraphQLField<unknown, unknown>, selection: string): DocumentNode {
  // An argument with a default may be left out: its variable is then nullable, and GraphQL uses the default.
  const variables = field.args.map((a) => `$${a.name}: ${a.defaultValue !== undefined && isNonNullType(a.type) ? a.type.ofType : a.type}`);
  const args = field.args.map((a) => `${a.name}: $${a.name}`);
  const parenthesised = (list: string[]) => (list.length > 0 ? `(${list.join(', ')})` : '');
  return checkedDocument(`query ${name}${parenthesised(variables)} { ${field.name}${parenthesised(args)} ${selection} }`);
}

/** The advertised schema, with every object let through to GraphQL, which checks the values. */
function argumentsCheckedByGraphQL(json: JsonSchema): StandardSchemaWithJSON<Record<string, unknown>> {
  return {
    '~standard': {
      version: 1,
      vendor: 'podnet',
      jsonSchema: { input: () => json, output: () => json },
      validate: (value) =>
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? { value: value as Record<string, unknown> }
          : { issues: [{ message: 'Tool arguments are a JSON object.' }] },
    },
  };
}

interface PreparedTool extends ToolDefinition {
  description: string;
  document: DocumentNode;
  /** The field's arguments: GraphQL ignores a variable no argument reads, so an argument not among them is refused here. */
  argumentNames: string[];
  inputSchema: StandardSchemaWithJSON<Record<string, unknown>>;
  outputSchema: StandardSchemaWithJSON;
}

function prepare(tool: ToolDefinition): PreparedTool {
  const field = schema.getQueryType()!.getFields()[tool.field];
  if (!field) throw new Error(`The schema has no query field ${tool.field}.`);
  const document = fieldDocument(tool.name, field, tool.selection);
  return {
    ...tool,
    description: field.description ?? tool.title,
    document,
    argumentNames: field.args.map((a) => a.name),
    inputSchema: argumentsCheckedByGraphQL(argumentsSchema(schema, tool.field)),
    // Compiled once here: the SDK validates every result against it.
    outputSchema: fromJsonSchema(resultSchema(schema, document)),
  };
}

// Prepared by the first MCP session, not at start-up: compiling the result schemas took about a fifth of the
// service's start-up CPU, spent again by every start whether MCP is used or not (docs/performance.md).
let preparedTools: readonly PreparedTool[] | undefined;

/** The most of an argument name a refusal repeats. */
const MAX_NAME_SHOWN = 64;

/** A tool error as MCP carries it: the message for the model, the GraphQL errors (codes, details) as structured content. */
function toolError(errors: ClientError[]): CallToolResult {
  const lines = errors.map((e) => {
    const valid = e.extensions.validValues as string[] | undefined;
    const suggestions = e.extensions.suggestions as string[] | undefined;
    return [
      `${e.extensions.code}: ${e.message}`,
      valid ? ` Valid values: ${valid.join(', ')}.` : '',
      suggestions && suggestions.length > 0 && !e.message.includes(suggestions[0]!) ? ` Closest known: ${suggestions.join(', ')}.` : '',
    ].join('');
  });
  return { isError: true, content: [{ type: 'text', text: lines.join('\n') }], structuredContent: { errors } };
}

export interface PodnetMcpOptions {
  knowledge: Knowledge;
  /** The input limits its queries run under, as GraphQL requests do. */
  inputLimits: InputLimits;
  reportUnexpected: UnexpectedErrorReport;
}

export function createPodnetMcpServer({ knowledge, inputLimits, reportUnexpected }: PodnetMcpOptions): McpServer {
  const context: Context = { knowledge, inputLimits };
  const server = new McpServer(
    { name: 'podnet', title: 'podnet: Pod networking on Amazon EKS', version: knowledge.dataVersion },
    {
      instructions:
        'Answers Pod networking questions for Amazon EKS from curated, cited data: which use cases combine on a node type, ' +
        'how many Pods fit on an instance type, what an aws-node setting does, what is wrong with an aws-node configuration. ' +
        'Every answer names its sources; where the sources are silent the answer says UNKNOWN.',
    },
  );
  for (const tool of (preparedTools ??= TOOLS.map(prepare))) {
    server.registerTool(
      tool.name,
      { title: tool.title, description: tool.description, inputSchema: tool.inputSchema, outputSchema: tool.outputSchema, annotations: { title: tool.title, ...READ_ONLY } },
      async (args): Promise<CallToolResult> => {
        // One error, naming the first such argument (shortened): a call with thousands of long names costs no more.
        const unknown = Object.keys(args).find((name) => !tool.argumentNames.includes(name));
        if (unknown !== undefined) {
          const name = unknown.length > MAX_NAME_SHOWN ? `${unknown.slice(0, MAX_NAME_SHOWN)}…` : unknown;
          return toolError([{ message: `${tool.name} takes no argument "${name}".`, extensions: { code: 'BAD_USER_INPUT', argument: name, validValues: tool.argumentNames } }]);
        }
        const outcome = await runQuery(context, tool.document, args, reportUnexpected);
        if (outcome.errors) return toolError(outcome.errors);
        return { content: [{ type: 'text', text: tool.text(outcome.data[tool.field]) }], structuredContent: outcome.data };
      },
    );
  }
  for (const resource of RESOURCES) {
    server.registerResource(resource.name, resource.uri, { title: resource.title, description: resource.description, mimeType: 'application/json' }, async (uri) => {
      const outcome = await runQuery(context, resource.document, {}, reportUnexpected);
      if (outcome.errors) throw new Error(outcome.errors.map((e) => e.message).join(' '));
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(outcome.data) }] };
    });
  }
  return server;
}
