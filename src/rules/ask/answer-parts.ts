// What each kind of question's answer adds to the message: the typed results it came from and the follow-up
// questions. ask() (answer.ts) puts them together; one file per kind of question writes them.
import { NODE_TYPES, type NodeType } from '../../domain/vocabulary.js';
import type { CniSetting } from '../../knowledge/types.js';
import type { CompatibilityReport } from '../compatibility.js';
import type { IpPlan } from '../ip-plan/ip-plan.js';
import type { Message } from '../message.js';
import type { ModeInfo } from '../modes.js';
import type { Plan } from '../plan/plan.js';
import type { PodDensity } from '../pod-density.js';
import type { ModeSetting } from '../settings-for-mode.js';
import type { Interpretation } from './interpret.js';

export interface Parts {
  message: Message;
  compatibility?: CompatibilityReport[];
  podDensity?: PodDensity[];
  modes?: ModeInfo[];
  modeSettings?: ModeSetting[];
  settings?: CniSetting[];
  plans?: Plan[];
  ipPlans?: IpPlan[];
  followUps: string[];
}

/** The node types the question names, or every one when it names none. */
export function nodeTypesAsked(u: Interpretation): NodeType[] {
  return u.nodeTypes.length > 0 ? u.nodeTypes : [...NODE_TYPES];
}
