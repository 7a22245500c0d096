/** Every code a rule refuses a question with: each says the question was asked wrongly, never that podnet failed. */
export const RULE_ERROR_CODES = ['BAD_USER_INPUT', 'NOT_SUPPORTED', 'UNKNOWN_INSTANCE_TYPE', 'UNKNOWN_SETTING', 'EMPTY_CONFIG', 'BAD_MANIFEST', 'AWS_NODE_NOT_FOUND'] as const;

/** A question the rules cannot answer as asked; the code is stable and reaches the client as extensions.code. */
export class RuleError extends Error {
  constructor(
    readonly code: (typeof RULE_ERROR_CODES)[number],
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'RuleError';
  }
}
