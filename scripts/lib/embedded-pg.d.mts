export function blockedAncestor(target: string): string | null;
export function clusterProcesses(dir: string, exe?: string): number[];
export function leaveSignalsToCaller(): void;
export type EmbeddedPostgres = {
  url: string;
  port: number;
  /** Stops PostgreSQL (and the supervision) within a few seconds, whatever its state; a throwaway cluster's folder is deleted. */
  stop: () => Promise<void>;
  /** No more restarts from now on (the caller is shutting down and will call stop()). */
  unsupervise: () => void;
  /** Best effort, at once: SIGKILL every process of the cluster, no restart. */
  kill: () => void;
  /** The running postmaster's PID, or null while PostgreSQL is down. */
  pid: () => number | null;
  /** How many times PostgreSQL was restarted after dying. */
  readonly restarts: number;
};
export function startEmbeddedPostgres(options: {
  dir: string;
  persistent: boolean;
  port?: number;
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** What the supervision tells the founder, in French (default: stdout). */
  notify?: (line: string) => void;
  /** Restart PostgreSQL when it dies (default true). */
  supervise?: boolean;
}): Promise<EmbeddedPostgres>;
