// Kubernetes manifests checked offline against the API's schemas, as kubernetes-models ships them: its validators
// (compiled from the OpenAPI schemas: types, required fields, enums, formats) and its TypeScript types (generated
// from the same schemas), through which the TypeScript compiler also refuses fields the API does not know, which
// the OpenAPI schemas let through.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Service } from 'kubernetes-models/v1/Service';
import { PROJECT_ROOT } from '../../src/db/paths.js';

export interface Manifest {
  file: string;
  kind: string;
  body: Record<string, any>;
}

const MODELS: Record<string, { model: new (data: any) => { validate(): void }; types: string; name: string }> = {
  Deployment: { model: Deployment, types: 'kubernetes-models/apps/v1/Deployment', name: 'IDeployment' },
  Service: { model: Service, types: 'kubernetes-models/v1/Service', name: 'IService' },
  HorizontalPodAutoscaler: { model: HorizontalPodAutoscaler, types: 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler', name: 'IHorizontalPodAutoscaler' },
  PodDisruptionBudget: { model: PodDisruptionBudget, types: 'kubernetes-models/policy/v1/PodDisruptionBudget', name: 'IPodDisruptionBudget' },
};

export const SUPPORTED_KINDS = Object.keys(MODELS);

export function readManifests(dir: string): Manifest[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map((document) => {
        if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.map((e) => e.message).join('; ')}`);
        const body = document.toJS() as Record<string, any>;
        return { file, kind: String(body.kind), body };
      }),
    );
}

/** What the schema validators refuse, one message per refused manifest. */
export function schemaErrors(manifests: Manifest[]): string[] {
  return manifests.flatMap(({ file, kind, body }) => {
    const entry = MODELS[kind];
    if (!entry) return [`${file}: kind ${kind} is not one this test knows`];
    try {
      new entry.model(body).validate();
      return [];
    } catch (error) {
      return [`${file}: ${error instanceof Error ? error.message : String(error)}`];
    }
  });
}

/** What the TypeScript compiler refuses when each manifest is typed as its kind: unknown fields and wrong types. */
export function typeErrors(manifests: Manifest[]): string[] {
  const known = manifests.filter((m) => MODELS[m.kind]);
  const source = known
    .map(({ kind, body }, i) => `import type { ${MODELS[kind]!.name} as T${i} } from '${MODELS[kind]!.types}';\nexport const m${i}: T${i} = ${JSON.stringify(body)};`)
    .join('\n');
  const fileName = join(PROJECT_ROOT, 'deploy', 'manifests.check.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (f) => f === fileName || fileExists(f);
  host.getSourceFile = (f, language, ...rest) =>
    f === fileName ? ts.createSourceFile(f, source, language) : getSourceFile(f, language, ...rest);
  const program = ts.createProgram([fileName], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
    return `${known[Math.floor(line / 2)]?.file ?? '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}
