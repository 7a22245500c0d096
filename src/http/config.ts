// Service configuration from environment variables, validated once at start-up.
import { DEFAULT_DATABASE_PATH } from '../db/paths.js';

export interface ServiceConfig {
  port: number;
  host: string;
  databasePath: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} is not valid: it takes a whole number from ${min} to ${max}.`);
  }
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databasePath: env.DATABASE_PATH || DEFAULT_DATABASE_PATH,
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024),
  };
}
