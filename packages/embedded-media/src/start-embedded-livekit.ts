import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ensureLivekitBinary } from './build-livekit';
import { EmbeddedMediaError } from './errors';
import { findFreeLivekitPorts, type LivekitPorts } from './free-ports';
import { loadOrCreateLivekitKeys } from './keys';
import { livekitEnvironment, renderLivekitConfig, type LivekitLogLevel } from './livekit-config';

export interface EmbeddedLivekitOptions {
  /** Folder for the generated keys and config; created when missing. */
  dataDir: string;
  /** Where LiveKit posts room and participant events, signed with the same keys. */
  webhookUrl?: string;
  /** Ports to use (e.g. a restart where clients know the old address); free ones when unset. */
  ports?: LivekitPorts;
  /** LiveKit's own log level; its output is kept and shown when it fails. */
  logLevel?: LivekitLogLevel;
  /** Seconds a room created ahead of time waits for its first participant (default 60). */
  emptyTimeoutSeconds?: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedLivekit {
  /** Signalling URL for browsers and the client SDK. */
  url: string;
  /** The same server over HTTP, for the server SDK (RoomServiceClient). */
  httpUrl: string;
  apiKey: string;
  apiSecret: string;
  ports: LivekitPorts;
  pid: number;
  /** Stops LiveKit and resolves once its process has exited. */
  stop(): Promise<void>;
}

const CONFIG_FILE_NAME = 'livekit.yaml';
const OUTPUT_KEPT_CHARS = 8000;
/** LiveKit's first SIGTERM waits for participants to leave; the second one ends it. */
const SECOND_SIGTERM_AFTER_MS = 2000;
const SIGKILL_AFTER_MS = 5000;
/*
 * LiveKit answers HTTP about 100 ms before it counts itself as running; a SIGTERM in that window is ignored
 * until a second one (pkg/service/server.go), so a stop() straight after start waits this long first.
 */
const RUNNING_AFTER_READY_MS = 250;
const START_ATTEMPTS = 3;

/*
 * A watchdog shell holds a pipe from this Node process. When Node dies in any way (even SIGKILL) the pipe
 * closes, `read` returns and the watchdog ends LiveKit the way stop() does, so no orphan keeps running.
 * $0 is LiveKit's pid. On a normal stop() the watchdog is killed once LiveKit has exited. It ignores the
 * signals a whole process group gets (Ctrl-C, `kill -- -PGID`): it must outlive Node to end LiveKit, whose
 * own SIGTERM only drains and would wait for as long as anyone stays in a room.
 */
const WATCHDOG = [
  "trap '' TERM INT HUP",
  'read -r _',
  'kill -TERM "$0" 2>/dev/null || exit 0',
  'i=0',
  'while kill -0 "$0" 2>/dev/null; do',
  '  i=$((i + 1))',
  '  [ "$i" -eq 20 ] && kill -TERM "$0" 2>/dev/null',
  '  [ "$i" -ge 50 ] && { kill -KILL "$0" 2>/dev/null; exit 0; }',
  '  sleep 0.1',
  'done',
].join('\n');

class StartFailure extends EmbeddedMediaError {
  constructor(
    message: string,
    readonly portTaken: boolean,
  ) {
    super(message);
  }
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function answersHttp(httpUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${httpUrl}/`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitUntilReady(
  httpUrl: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(child)) {
      const text = output();
      throw new StartFailure(
        `LiveKit exited during start-up (${child.exitCode ?? child.signalCode}):\n${text}`,
        /address already in use/i.test(text),
      );
    }
    if (await answersHttp(httpUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new StartFailure(`LiveKit did not answer on ${httpUrl} within ${timeoutMs} ms:\n${output()}`, false);
}

async function stopProcess(child: ChildProcess, exited: Promise<void>, readyAt: number): Promise<void> {
  const settle = readyAt + RUNNING_AFTER_READY_MS - Date.now();
  if (settle > 0) await new Promise((resolve) => setTimeout(resolve, settle));
  if (!isRunning(child)) return exited;
  child.kill('SIGTERM');
  const second = setTimeout(() => child.kill('SIGTERM'), SECOND_SIGTERM_AFTER_MS);
  const last = setTimeout(() => child.kill('SIGKILL'), SIGKILL_AFTER_MS);
  return exited.finally(() => {
    clearTimeout(second);
    clearTimeout(last);
  });
}

async function startOnce(binary: string, configFile: string, options: EmbeddedLivekitOptions, ports: LivekitPorts) {
  const child = spawn(binary, ['--config', configFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: livekitEnvironment(process.env),
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawned = await new Promise<Error | null>((resolve) => {
    child.once('spawn', () => resolve(null));
    child.once('error', resolve);
  });
  if (spawned) throw new EmbeddedMediaError(`Could not run ${binary}: ${spawned.message}`);

  const watchdog = spawn('sh', ['-c', WATCHDOG, String(child.pid)], { stdio: ['pipe', 'ignore', 'ignore'] });
  watchdog.on('error', () => undefined);
  void exited.then(() => watchdog.kill('SIGKILL'));

  const httpUrl = `http://127.0.0.1:${ports.http}`;
  try {
    await waitUntilReady(httpUrl, child, () => output, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
  return { child, exited, httpUrl, output: () => output };
}

/**
 * Starts livekit-server on 127.0.0.1 with keys kept in `dataDir` and free ports, and resolves once its
 * HTTP endpoint answers. Media (ICE) listens on the machine's interface addresses, so browsers on this
 * machine connect; nothing is recorded.
 */
export async function startEmbeddedLivekit(options: EmbeddedLivekitOptions): Promise<EmbeddedLivekit> {
  const log = options.log ?? (() => undefined);
  const binary = await ensureLivekitBinary(log);
  const dataDir = path.resolve(options.dataDir);
  const keys = await loadOrCreateLivekitKeys(dataDir);
  const configFile = path.join(dataDir, CONFIG_FILE_NAME);

  for (let attempt = 1; ; attempt++) {
    const ports = attempt === 1 && options.ports ? options.ports : await findFreeLivekitPorts();
    const config = renderLivekitConfig({
      ports,
      keys,
      webhookUrl: options.webhookUrl,
      logLevel: options.logLevel ?? 'warn',
      emptyTimeoutSeconds: options.emptyTimeoutSeconds ?? 60,
    });
    // The config holds the secret: readable by its owner only.
    await fs.writeFile(configFile, config, { mode: 0o600 });
    await fs.chmod(configFile, 0o600);
    let started: Awaited<ReturnType<typeof startOnce>>;
    try {
      started = await startOnce(binary, configFile, options, ports);
    } catch (error) {
      // Another process may take a port between our check and LiveKit's bind; new ports usually settle it.
      if (error instanceof StartFailure && error.portTaken && attempt < START_ATTEMPTS) continue;
      throw error;
    }

    const { child, exited, httpUrl, output } = started;
    const readyAt = Date.now();
    let stopping: Promise<void> | undefined;
    void exited.then(() => {
      if (!stopping) log(`LiveKit stopped unexpectedly (${child.exitCode ?? child.signalCode}):\n${output()}`);
    });
    log(`Embedded LiveKit ${httpUrl.replace('http:', 'ws:')} (ICE TCP ${ports.rtcTcp}, UDP ${ports.rtcUdp})`);
    return {
      url: `ws://127.0.0.1:${ports.http}`,
      httpUrl,
      apiKey: keys.apiKey,
      apiSecret: keys.apiSecret,
      ports,
      pid: child.pid ?? -1,
      stop() {
        stopping ??= stopProcess(child, exited, readyAt);
        return stopping;
      },
    };
  }
}
