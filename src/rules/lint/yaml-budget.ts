// What parsing a manifest may cost, checked before it is parsed. The YAML parser's work follows the number of
// tokens it reads (scalars, indicators, line breaks: about 2 µs each), and more for flow collections nested deep;
// counting tokens with the parser's own lexer costs a fraction of parsing, and stops at the budget.
import { Lexer } from 'yaml';
import { overLimit } from '../input-limits.js';
import { RuleError } from '../rule-error.js';

// No Kubernetes manifest nests flow collections ([...] or {...}) this deep; each level makes parsing dearer.
export const MAX_FLOW_DEPTH = 32;

/** Throws BAD_USER_INPUT when the manifest holds more tokens than the limit, or BAD_MANIFEST when it nests too deep. */
export function checkYamlBudget(manifest: string, maxManifestTokens: number): void {
  let tokens = 0;
  let flowDepth = 0;
  for (const token of new Lexer().lex(manifest)) {
    if (++tokens > maxManifestTokens) throw overLimit('maxManifestTokens', maxManifestTokens, 'A manifest', 'more', 'YAML tokens');
    if (token === '[' || token === '{') flowDepth++;
    else if (token === ']' || token === '}') flowDepth--;
    if (flowDepth > MAX_FLOW_DEPTH) {
      throw new RuleError('BAD_MANIFEST', `The manifest nests [ ] or { } more than ${MAX_FLOW_DEPTH} deep, which no Kubernetes resource needs.`, {
        reason: 'TOO_DEEP',
        max: MAX_FLOW_DEPTH,
      });
    }
  }
}
