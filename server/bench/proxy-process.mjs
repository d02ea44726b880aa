// A child of live-bench.mjs: the test suite's TCP proxy (server/src/testing/tcp-proxy.ts) in a process of its own.
// Env BENCH_PROXY_BACKENDS: a JSON list of backend port lists, one proxy each; sends the proxies' ports to the parent
// over IPC and runs until it is stopped.
import { requireSource } from './bench-support.mjs';

const { startTcpProxy } = requireSource('server/src/testing/tcp-proxy.ts');
const lists = JSON.parse(process.env.BENCH_PROXY_BACKENDS ?? '[]');
const started = await Promise.all(lists.map((ports) => startTcpProxy(ports)));
process.send({ ports: started.map((p) => p.port) });
process.once('SIGTERM', () => process.exit(0));
