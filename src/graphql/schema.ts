// Assembles the schema: each module registers its types and query fields on the builder.
import { builder } from './builder.js';
import { limitStringArguments } from './input-limits.js';
import './about.js';
import './ask.js';
import './compatibility.js';
import './instance-types.js';
import './matrix.js';
import './knowledge-matrix.js';
import './modes.js';
import './notes.js';
import './pod-density.js';
import './settings-for-mode.js';
import './cni-settings.js';
import './lint.js';
import './ip-plan.js';
import './plan.js';

export const schema = limitStringArguments(builder.toSchema({ sortSchema: false }));
