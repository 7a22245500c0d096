import SchemaBuilder from '@pothos/core';
import type { Knowledge } from '../knowledge/types.js';
import type { InputLimits } from '../rules/input-limits.js';

export interface Context {
  knowledge: Knowledge;
  /** What a request may give: input-limits.ts checks every string argument against them. */
  inputLimits: InputLimits;
}

// Fields are non-null unless marked nullable: an answer's shape is part of the contract.
export const builder = new SchemaBuilder<{ Context: Context; DefaultFieldNullability: false }>({ defaultFieldNullability: false });

builder.queryType({ description: 'Questions about Pod networking on Amazon EKS, each answered from cited facts.' });
