/** A question the rules cannot answer as asked; the code is stable and reaches the client as extensions.code. */
export class RuleError extends Error {
  constructor(
    readonly code:
      | 'BAD_USER_INPUT'
      | 'NOT_SUPPORTED'
      | 'UNKNOWN_INSTANCE_TYPE'
      | 'UNKNOWN_SETTING'
      | 'EMPTY_CONFIG'
      | 'BAD_MANIFEST'
      | 'AWS_NODE_NOT_FOUND',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'RuleError';
  }
}
