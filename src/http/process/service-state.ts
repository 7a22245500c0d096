// Where the service is in its life: starting (no knowledge yet), ready, or stopping (draining after SIGTERM).
import type { Knowledge } from '../../knowledge/types.js';

export type Phase = 'starting' | 'ready' | 'stopping';

export class ServiceState {
  #phase: Phase = 'starting';
  #knowledge: Knowledge | undefined;
  readonly #stoppingListeners: (() => void)[] = [];

  static ready(knowledge: Knowledge): ServiceState {
    const state = new ServiceState();
    state.markReady(knowledge);
    return state;
  }

  get phase(): Phase {
    return this.#phase;
  }

  /** The loaded knowledge; undefined while starting. */
  get knowledge(): Knowledge | undefined {
    return this.#knowledge;
  }

  markReady(knowledge: Knowledge): void {
    this.#knowledge = knowledge;
    if (this.#phase === 'starting') this.#phase = 'ready';
  }

  markStopping(): void {
    if (this.#phase === 'stopping') return;
    this.#phase = 'stopping';
    for (const listener of this.#stoppingListeners) listener();
  }

  /** Calls `listener` once, as the service starts stopping. */
  whenStopping(listener: () => void): void {
    this.#stoppingListeners.push(listener);
  }
}
