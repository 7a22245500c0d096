// The README's examples, run against the service: every GraphQL query followed by a JSON answer must give that
// answer, and every `npx podnet` command in a console block must print what the README shows. An example cannot
// drift from what the service says. A console block ending in '...' shows the beginning of what is printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { graphql } from './support/yoga.js';

const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');

// A ```graphql block, an optional line of prose, then the ```json block of its answer.
const QUERY_AND_ANSWER = /```graphql\n([\s\S]*?)```\n(?:[^`\n][^\n]*\n)?```json\n([\s\S]*?)```/g;
const EXAMPLES = [...README.matchAll(QUERY_AND_ANSWER)].map(([, query, answer]) => ({ query: query!, answer: JSON.parse(answer!) as Record<string, unknown> }));

/** A README command's words, with its quotes taken off as a shell would ("ask \"a question\"" -> ask, a question). */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

const EXIT_ECHO = '; echo "exit $?"';
const COMMANDS = [...README.matchAll(/```console\n([\s\S]*?)```/g)].flatMap(([, block]) =>
  block!.split(/^\$ /m).filter((part) => part.trim() !== '').map((part) => {
    const [line, ...output] = part.split('\n');
    return { command: line!, output: output.join('\n').trim() };
  }),
);

describe('README examples', () => {
  it('has examples to check', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(6);
    expect(COMMANDS.length).toBeGreaterThanOrEqual(3);
  });

  it.each(EXAMPLES.map((example) => [example.query.split('\n').find((line) => /\w/.test(line) && line.trim() !== '{')!.trim(), example] as const))(
    'the query %s answers as shown',
    async (_name, { query, answer }) => {
      const { data, errors } = await graphql(query);
      expect(errors).toBeUndefined();
      // An answer is shown whole ({ "data": ... }) or as its data alone.
      expect('data' in answer ? { data } : data).toEqual(answer);
    },
  );

  it.each(COMMANDS.map((c) => [c.command, c] as const))('$ %s prints what is shown', async (_name, { command, output }) => {
    const echoesExit = command.endsWith(EXIT_ECHO);
    const [npx, podnet, ...argv] = words(echoesExit ? command.slice(0, -EXIT_ECHO.length) : command);
    expect([npx, podnet]).toEqual(['npx', 'podnet']);
    let printed = '';
    const code = await run(argv, (text) => (printed += `${text}\n`), (text) => (printed += `${text}\n`));
    if (echoesExit) printed += `exit ${code}\n`;
    // A block whose last line is "..." shows the beginning of the output (a long list of sources left out).
    if (output.endsWith('\n...')) expect(printed.trim().startsWith(output.slice(0, -'\n...'.length))).toBe(true);
    else expect(printed.trim()).toBe(output);
  });
});
