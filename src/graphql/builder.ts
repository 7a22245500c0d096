import SchemaBuilder from '@pothos/core';
import type { Knowledge } from '../knowledge/types.js';

export interface Context {
  knowledge: Knowledge;
}

// Fields are non-null unless marked nullable: an answer's shape is part of the contract.
export const builder = new SchemaBuilder<{ Context: Context; DefaultFieldNullability: false }>({ defaultFieldNullability: false });

builder.queryType({ description: 'Questions about Pod networking on Amazon EKS, each answered from cited facts.' });
