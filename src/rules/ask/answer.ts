// Answers a free-text question: interprets it, then asks the same rules the typed queries use, and writes the
// result as a message with its sources and follow-up questions. Nothing here decides a verdict of its own; each
// kind of question is answered by a file of its own (compatibility-answer.ts, density-answer.ts, ...).
import type { CniSetting, Knowledge } from '../../knowledge/types.js';
import type { CompatibilityReport } from '../compatibility.js';
import { suggestInstanceTypes } from '../instance-types.js';
import type { IpPlan } from '../ip-plan/ip-plan.js';
import type { Message } from '../message.js';
import type { ModeInfo } from '../modes.js';
import type { Plan } from '../plan/plan.js';
import type { PodDensity } from '../pod-density.js';
import { RuleError } from '../rule-error.js';
import type { ModeSetting } from '../settings-for-mode.js';
import { closestSetting } from '../settings/closest-setting.js';
import type { Parts } from './answer-parts.js';
import { caveatPoints } from './caveats.js';
import { answerCompatibility } from './compatibility-answer.js';
import { answerDensity } from './density-answer.js';
import { interpret, type Interpretation } from './interpret.js';
import { answerModeSettings } from './mode-settings-answer.js';
import { answerModes } from './modes-answer.js';
import { answerPlanQuestion, planIntent } from './plan-questions.js';
import { answerSettings } from './setting-answer.js';
import { answerUnplaced } from './unplaced-answer.js';

export const MAX_QUESTION_LENGTH = 500;
// A question naming more unknown names than this is not a typo to correct: the others get no suggestions, so a
// question's cost does not grow with the names it holds.
export const MAX_SUGGESTED_TERMS = 3;

export interface Answer {
  understood: Interpretation;
  /** Known names close to each unrecognised instance type or setting, in the order of `understood.unrecognised`. */
  suggestions: readonly (readonly string[])[];
  message: Message;
  /** The typed results the answer came from: what the typed queries would return for the same question. */
  compatibility: readonly CompatibilityReport[];
  podDensity: readonly PodDensity[];
  modes: readonly ModeInfo[];
  modeSettings: readonly ModeSetting[];
  settings: readonly CniSetting[];
  plans: readonly Plan[];
  ipPlans: readonly IpPlan[];
  followUps: readonly string[];
}

export function ask(k: Knowledge, question: string): Answer {
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new RuleError('BAD_USER_INPUT', `A question is at most ${MAX_QUESTION_LENGTH} characters; this one has ${question.length}.`, { maxLength: MAX_QUESTION_LENGTH });
  }
  const read = interpret(k, question);
  // Configuration and subnet-size questions (plan-questions.ts) are read on top of the interpreter's reading.
  const planned = planIntent(read);
  const understood = planned ? { ...read, intent: planned } : read;
  const suggestions = understood.unrecognised.map((t, i) => {
    if (i >= MAX_SUGGESTED_TERMS) return [];
    if (t.kind === 'INSTANCE_TYPE') return suggestInstanceTypes(k, t.text);
    if (t.kind !== 'SETTING') return t.near ?? [];
    const near = closestSetting(k, t.text);
    return near ? [near] : [];
  });
  const parts = ((): Parts => {
    switch (understood.intent) {
      case 'COMPATIBILITY':
        return answerCompatibility(k, understood);
      case 'POD_DENSITY':
        return answerDensity(k, understood);
      case 'SETTINGS_FOR_MODE':
        return answerModeSettings(k, understood);
      case 'MODES':
        return answerModes(k, understood);
      case 'SETTING':
        return answerSettings(k, understood);
      case 'UNKNOWN':
        return answerUnplaced(understood, suggestions);
      case 'PLAN':
      case 'IP_PLAN':
        return answerPlanQuestion(k, understood, understood.intent);
    }
  })();
  return {
    understood,
    suggestions,
    message: { ...parts.message, points: [...parts.message.points, ...caveatPoints(understood)] },
    compatibility: parts.compatibility ?? [],
    podDensity: parts.podDensity ?? [],
    modes: parts.modes ?? [],
    modeSettings: parts.modeSettings ?? [],
    settings: parts.settings ?? [],
    plans: parts.plans ?? [],
    ipPlans: parts.ipPlans ?? [],
    followUps: parts.followUps,
  };
}
