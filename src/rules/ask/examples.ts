// Questions shown to someone whose question could not be placed, one per kind of question `ask` answers.
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'Can I use network policy on Fargate?',
  'Does custom networking work with security groups for Pods on EC2 Linux?',
  'How many Pods fit on an m5.large with prefix delegation?',
  'What does WARM_PREFIX_TARGET do?',
  'Which settings apply with prefix delegation?',
  'What networking modes do Windows nodes have?',
];
