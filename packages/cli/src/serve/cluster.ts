/**
 * `iza-regels serve --werkers N`: N processes with the same server on one port (node:cluster; the
 * primary hands each connection to a worker). The API is stateless, so every process gives the same
 * answers; the primary only starts, watches and stops them. A worker that dies is replaced, unless it
 * never got as far as listening (then it would only die again, and the primary gives up).
 */
import cluster, { type Worker } from 'node:cluster';

/** What a worker process tells the primary: where it listens, or the exit code it stops with. */
type Report =
  | { readonly iza: 'luistert'; readonly url: string }
  | { readonly iza: 'gestopt'; readonly code: number };

const isReport = (message: unknown): message is Report =>
  typeof message === 'object' && message !== null && 'iza' in message;

export const isClusterWorker = (): boolean => cluster.isWorker;

/** In a worker: tell the primary where this server listens. */
export function reportListening(url: string): void {
  process.send?.({ iza: 'luistert', url } satisfies Report);
}

/**
 * In a worker: tell the primary the exit code this worker stops with. Once it leaves the cluster a
 * worker exits with 0, whatever its exit code was.
 */
export function reportStopped(code: number): void {
  process.send?.({ iza: 'gestopt', code } satisfies Report);
}

/** A worker stopped before it listened; it has said why on stderr, and its exit code says what. */
export class WorkerStopped extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`a server process stopped before it listened (exit ${code})`);
    this.code = code;
  }
}

/** In a worker: let go of the channel to the primary, which would keep this process running. */
export function leaveCluster(): void {
  if (cluster.isWorker && process.connected) process.disconnect();
}

export interface Primary {
  /** The URL the workers listen on, once all of them do. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Fork `count` workers running this same command line and wait until each listens: first one, so
 * that a problem every worker would have (a port in use, rules that do not load) is reported once,
 * then the others. Rejects with WorkerStopped when one stops before it listens.
 */
export function startPrimary(count: number): Promise<Primary> {
  let closing = false;
  const listening = new Set<Worker>();
  return new Promise((resolve, reject) => {
    const fork = (): void => {
      const worker = cluster.fork();
      let stoppedWith: number | undefined;
      worker.on('message', (message: unknown) => {
        if (!isReport(message)) return;
        if (message.iza === 'gestopt') {
          stoppedWith = message.code;
          return;
        }
        listening.add(worker);
        if (listening.size === 1) for (let index = 1; index < count; index += 1) fork();
        if (listening.size === count) resolve({ url: message.url, close });
      });
      worker.on('exit', (code, signal) => {
        if (closing) return;
        if (listening.delete(worker)) return fork();
        closing = true;
        for (const other of Object.values(cluster.workers ?? {})) other?.kill();
        reject(new WorkerStopped(stoppedWith ?? (signal === null ? code : 70)));
      });
    };
    fork();
  });

  async function close(): Promise<void> {
    closing = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done) => {
            worker.once('exit', () => done());
            worker.kill('SIGTERM');
          }),
      ),
    );
  }
}
