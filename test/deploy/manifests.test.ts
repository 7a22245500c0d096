import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { readConfig } from '../../src/http/config.js';
import { readManifests, schemaErrors, SUPPORTED_KINDS, typeErrors, type Manifest } from '../support/kubernetes-manifests.js';

const manifests = readManifests(join(PROJECT_ROOT, 'deploy', 'kubernetes'));
const one = (kind: string): Record<string, any> => {
  const found = manifests.filter((m) => m.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0]!.body;
};

describe('deploy/kubernetes manifests', () => {
  it('hold a Deployment, a Service, a HorizontalPodAutoscaler and a PodDisruptionBudget', () => {
    expect(manifests.map((m) => m.kind).sort()).toEqual([...SUPPORTED_KINDS].sort());
  });

  it("are valid against Kubernetes' schemas: types, required fields, enums, and no unknown field", () => {
    expect(schemaErrors(manifests)).toEqual([]);
    expect(typeErrors(manifests)).toEqual([]);
  });

  it('would be refused with a misspelt field, a wrong type or a missing required field', () => {
    const deployment = manifests.find((m) => m.kind === 'Deployment')!;
    const broken = (change: (body: Record<string, any>) => void): Manifest[] => {
      const body = structuredClone(deployment.body);
      change(body);
      return [{ ...deployment, body }];
    };
    const container = (body: Record<string, any>) => body.spec.template.spec.containers[0];
    expect(typeErrors(broken((b) => (container(b).readinesProbe = container(b).readinessProbe)))).toEqual([
      expect.stringMatching(/^deployment\.yaml: Object literal may only specify known properties, and '"readinesProbe"' does not exist/),
    ]);
    expect(schemaErrors(broken((b) => (b.spec.replicas = 'three')))).toEqual([expect.stringContaining('replicas')]);
    expect(schemaErrors(broken((b) => delete b.spec.selector))).toEqual([expect.stringContaining('selector')]);
  });

  it('select the Deployment’s pods, by its labels, from the Service and the PodDisruptionBudget; the autoscaler scales it', () => {
    const deployment = one('Deployment');
    const podLabels = deployment.spec.template.metadata.labels;
    expect(podLabels).toMatchObject(deployment.spec.selector.matchLabels);
    expect(podLabels).toMatchObject(one('Service').spec.selector);
    expect(podLabels).toMatchObject(one('PodDisruptionBudget').spec.selector.matchLabels);
    expect(one('HorizontalPodAutoscaler').spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name });
    expect(one('HorizontalPodAutoscaler').spec.minReplicas).toBeGreaterThan(one('PodDisruptionBudget').spec.maxUnavailable);
  });

  const deployment = one('Deployment');
  const pod = deployment.spec.template.spec;
  const [container] = pod.containers;
  const env = Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]));

  it('probe /ready and /health on the port the service listens on, the one the Service targets', () => {
    const config = readConfig(env);
    expect(container.ports).toEqual([
      { name: 'http', containerPort: config.port, protocol: 'TCP' },
      { name: 'metrics', containerPort: config.metricsPort, protocol: 'TCP' },
    ]);
    expect(container.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(one('Service').spec.ports[0].targetPort).toBe('http');
  });

  it('serve /metrics on its own port, which the Service does not expose and Prometheus is told to scrape', () => {
    const config = readConfig(env);
    expect(config.metricsPort).not.toBeNull();
    expect(one('Service').spec.ports.map((p: { targetPort: unknown }) => p.targetPort)).not.toContain('metrics');
    expect(deployment.spec.template.metadata.annotations).toMatchObject({ 'prometheus.io/port': String(config.metricsPort), 'prometheus.io/path': '/metrics' });
  });

  it('set schema discovery explicitly', () => {
    expect(env.GRAPHQL_SCHEMA_DISCOVERY).toMatch(/^(true|false)$/);
  });

  it('configure the service with values it accepts, and give it time to drain before the kubelet kills it', () => {
    const config = readConfig(env);
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(config.shutdownDelayMs + config.shutdownGraceMs);
    expect(config.shutdownDelayMs).toBeGreaterThan(0);
  });

  it('run as the image’s non-root user, read-only, without privileges, with requests and limits', () => {
    const dockerfileUser = /^USER (\d+):(\d+)$/m.exec(readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8'));
    expect(pod.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: Number(dockerfileUser?.[1]),
      runAsGroup: Number(dockerfileUser?.[2]),
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(Object.keys(container.resources.requests).sort()).toEqual(['cpu', 'memory']);
    expect(Object.keys(container.resources.limits).sort()).toEqual(['cpu', 'memory']);
  });
});
