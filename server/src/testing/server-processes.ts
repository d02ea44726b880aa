import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** A real server running in its own process, which a test can stop or SIGKILL. */
export interface ServerProcess {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** SIGKILL: the process dies at once, with no shutdown hooks (a node lost mid-work). */
  kill(): Promise<void>;
  /** SIGTERM and wait: a graceful stop. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts the server in a child process from the sources (SWC transpiles on load, a few seconds), on the given
 * environment (DATABASE_URL, REDIS_URL, REDIS_PREFIX…) and port (0: any free port).
 */
export async function startServerProcess(env: Record<string, string>, port = 0): Promise<ServerProcess> {
  const here = __dirname;
  const child = spawn(
    process.execPath,
    ['-r', join(here, 'server-process.hook.cjs'), '-r', '@swc-node/register', join(here, 'server-process.ts')],
    {
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'test',
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent',
        SWC_NODE_PROJECT: join(here, 'server-process.tsconfig.json'),
        ...env,
        TEST_PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  const listening = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server process did not start in time: ${errors}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited with ${code}: ${errors}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${listening}`,
    port: listening,
    child,
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
