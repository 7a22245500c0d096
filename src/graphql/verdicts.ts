// Types shared by the compatibility report and the mode descriptions.
import type { ModeRequirementFact } from '../knowledge/types.js';
import type { UseCaseVerdict } from '../rules/use-case-verdict.js';
import { builder } from './builder.js';
import { SupportEnum, UseCaseEnum } from './enums.js';
import { SourceRef } from './source.js';

export const UseCaseVerdictRef = builder.objectRef<UseCaseVerdict>('UseCaseVerdict').implement({
  description: 'Whether one use case works in one mode, and why.',
  fields: (t) => ({
    useCase: t.field({ type: UseCaseEnum, description: 'The use case.', resolve: (v) => v.useCase }),
    support: t.field({ type: SupportEnum, description: 'The verdict: the most restrictive of everything the sources say about it.', resolve: (v) => v.support }),
    detail: t.exposeString('detail', { description: 'What the sources say, in plain words; for CONDITIONAL, the condition; for UNKNOWN, that nothing is said.' }),
    minCniVersion: t.exposeString('minCniVersion', { nullable: true, description: 'The lowest VPC CNI version with which the verdict holds, when a source names one.' }),
    requirements: t.stringList({ description: 'What must be done for the use case to work in this mode.', resolve: (v) => [...v.requirements] }),
    sources: t.field({ type: [SourceRef], description: 'The cells, notes and facts the verdict rests on; empty for UNKNOWN.', resolve: (v) => [...v.sources] }),
  }),
});

export const RequirementRef = builder.objectRef<ModeRequirementFact>('Requirement').implement({
  description: 'Something a mode needs before it works: a setting, a VPC CNI version, an instance type, a platform version.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'What to do, in plain words.' }),
    setting: t.exposeString('setting', { nullable: true, description: 'The aws-node setting or ConfigMap key it concerns, if any.' }),
    value: t.exposeString('value', { nullable: true, description: 'The value the setting needs, if any.' }),
    minCniVersion: t.exposeString('minCniVersion', { nullable: true, description: 'The lowest VPC CNI version that offers it, if a source names one.' }),
    source: t.field({ type: SourceRef, description: 'Where the requirement is stated.', resolve: (r) => r.source }),
  }),
});
