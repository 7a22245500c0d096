import SchemaBuilder from '@pothos/core';
import type { Knowledge } from '../knowledge/types.js';

export interface Context {
  knowledge: Knowledge;
}

export const builder = new SchemaBuilder<{ Context: Context }>({});

builder.queryType({ description: 'Questions about Pod networking on Amazon EKS, each answered from cited facts.' });
