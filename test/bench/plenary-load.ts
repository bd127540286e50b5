import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedLivekit, type EmbeddedLivekit } from '@leernetwerk/embedded-media';
import { AudioStream, Room, RoomEvent, TrackKind, type RemoteParticipant, type RemoteTrack } from '@livekit/rtc-node';
import jwt from 'jsonwebtoken';
import { cpuWindow, processRssMiB, type CpuWindowResult } from './proc-sample';
import { inBatches } from './bench-common';

/*
 * The plenary as the media server sees it: one speaker publishing a microphone (a tone) and a
 * camera (a moving test pattern) from a process of its own (plenary-speaker.ts), and many
 * listeners who only subscribe, each a real WebRTC participant (@livekit/rtc-node) in THIS
 * process. The listeners' decoding is this process's cost, not the SFU's; both are reported so
 * the one is not mistaken for the other.
 */

export interface PlenaryOptions {
  viewers: number;
  /** Speaker's camera size and rate; 0 × 0 publishes no video. */
  video: { width: number; height: number; fps: number };
  /** Listeners subscribe to the camera too (else audio only). */
  viewersWatchVideo: boolean;
  connectConcurrency: number;
  /** Registers an undo step with the caller, so a Ctrl-C or a hard limit also stops this LiveKit. */
  onCleanup: (what: string, run: () => Promise<unknown>) => void;
  warmupSeconds: number;
  sampleSeconds: number;
  /** How long each listener may take to decode a frame of the speaker (after joining, and again at the end). */
  hearTimeoutMs: number;
  log: (message: string) => void;
}

export interface PlenaryResult {
  viewers: number;
  connected: number;
  /** Listeners that decoded at least one audio frame of the speaker after all had joined. */
  heardSpeaker: number;
  /** The same, checked again after the sample window. */
  heardSpeakerAtEnd: number;
  /** Why the others did not: no audio track subscribed, no frame in time, or the stream ended. */
  hearingFailures: { afterJoining: Partial<Record<string, number>>; atEnd: Partial<Record<string, number>> };
  /** Listeners subscribed to the speaker's camera during the sample window. */
  sawSpeaker: number;
  connectSeconds: number;
  connectFailures: string[];
  /** SFU (livekit-server) alone with the speaker, before the listeners. */
  idle: CpuWindowResult;
  loaded: CpuWindowResult;
  sfuRssIdleMiB: number;
  sfuRssLoadedMiB: number;
  sfuRssPeakMiB: number;
}

const SAMPLE_RATE = 48_000;
const ROOM = 'plenary-bench';

function ticket(livekit: EmbeddedLivekit, identity: string, canPublish: boolean): string {
  return jwt.sign(
    {
      name: identity,
      video: { room: ROOM, roomJoin: true, canPublish, canSubscribe: true, canPublishData: canPublish },
    },
    livekit.apiSecret,
    { issuer: livekit.apiKey, subject: identity, expiresIn: '1h', notBefore: 0, algorithm: 'HS256' },
  );
}

interface Speaker {
  pid: number;
  stop(): Promise<void>;
}

/** The speaker runs in a process of its own (plenary-speaker.ts): see there why. */
async function startSpeaker(livekit: EmbeddedLivekit, video: PlenaryOptions['video']): Promise<Speaker> {
  const child = spawn(
    process.execPath,
    ['-r', path.join(__dirname, 'register-ts.js'), path.join(__dirname, 'plenary-speaker.ts')],
    {
      env: {
        ...process.env,
        PLENARY_URL: livekit.url,
        PLENARY_TOKEN: ticket(livekit, 'speaker', true),
        PLENARY_VIDEO: video.width > 0 ? `${video.width}x${video.height}@${video.fps}` : '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the speaker did not start within 30 s:\n${output}`)), 30_000);
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      if (/^ready$/m.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the speaker exited (${child.exitCode}):\n${output}`));
    });
  });
  return {
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    },
  };
}

interface Viewer {
  room: Room;
  speakerAudio: RemoteTrack | null;
  speakerVideo: boolean;
}

async function joinViewer(livekit: EmbeddedLivekit, index: number, watchVideo: boolean): Promise<Viewer> {
  const room = new Room();
  const viewer: Viewer = { room, speakerAudio: null, speakerVideo: false };
  room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack, _pub, participant: RemoteParticipant) => {
    if (participant.identity !== 'speaker') return;
    if (track.kind === TrackKind.KIND_AUDIO) viewer.speakerAudio = track;
    if (track.kind === TrackKind.KIND_VIDEO) viewer.speakerVideo = true;
  });
  room.on(RoomEvent.TrackPublished, (publication, participant: RemoteParticipant) => {
    if (participant.identity === 'speaker' && (watchVideo || publication.kind === TrackKind.KIND_AUDIO))
      publication.setSubscribed(true);
  });
  await room.connect(livekit.url, ticket(livekit, `viewer-${index}`, false), {
    autoSubscribe: false,
    dynacast: false,
  });
  // Tracks published before we joined arrive with the room, not as TrackPublished.
  for (const participant of room.remoteParticipants.values()) {
    if (participant.identity !== 'speaker') continue;
    for (const publication of participant.trackPublications.values()) {
      if (watchVideo || publication.kind === TrackKind.KIND_AUDIO) publication.setSubscribed(true);
    }
  }
  return viewer;
}

type Hearing = 'heard' | 'no-track' | 'no-frame' | 'ended';

/** Decodes one audio frame of the speaker, proof that their sound reaches this listener. */
async function hearsSpeaker(viewer: Viewer, timeoutMs: number): Promise<Hearing> {
  const deadline = Date.now() + timeoutMs;
  while (!viewer.speakerAudio && Date.now() < deadline) await sleep(50);
  if (!viewer.speakerAudio) return 'no-track';
  const reader = new AudioStream(viewer.speakerAudio, { sampleRate: SAMPLE_RATE, numChannels: 1 }).getReader();
  let timer: NodeJS.Timeout | undefined;
  try {
    const frame = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), Math.max(0, deadline - Date.now())))),
    ]);
    return frame === null ? 'no-frame' : frame.done ? 'ended' : 'heard';
  } finally {
    clearTimeout(timer);
    // Closing the stream stops the frames crossing into JavaScript; the track stays subscribed.
    await reader.cancel().catch(() => undefined);
  }
}

/** How many listeners heard the speaker, and why the others did not. */
function tally(results: Hearing[]): { heard: number; failures: Partial<Record<Hearing, number>> } {
  const failures: Partial<Record<Hearing, number>> = {};
  for (const result of results) if (result !== 'heard') failures[result] = (failures[result] ?? 0) + 1;
  return { heard: results.filter((result) => result === 'heard').length, failures };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the plenary load against a LiveKit of its own and measures it. */
export async function runPlenaryLoad(options: PlenaryOptions): Promise<PlenaryResult> {
  const { log } = options;
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-bench-plenary-'));
  let livekit: EmbeddedLivekit | undefined;
  let speaker: Speaker | undefined;
  const viewers: Viewer[] = [];
  options.onCleanup('plenary data folder', () => fs.rm(dataDir, { recursive: true, force: true }));
  try {
    const started = await startEmbeddedLivekit({ dataDir, logLevel: 'warn' });
    livekit = started;
    options.onCleanup('plenary LiveKit', () => started.stop());
    const sfu = livekit.pid;
    log(`  LiveKit pid ${sfu} at ${livekit.url}`);
    const talking = await startSpeaker(started, options.video);
    speaker = talking;
    options.onCleanup('plenary speaker', () => talking.stop());
    await sleep(2000);
    const watched = {
      sfu: { pid: sfu, tree: false },
      bench: { pid: process.pid, tree: false },
      speaker: { pid: speaker.pid, tree: false },
    };
    const idleWindow = cpuWindow(watched);
    await sleep(Math.min(5, options.sampleSeconds) * 1000);
    const idle = idleWindow.stop();
    const sfuRssIdleMiB = processRssMiB(sfu);
    log(`  speaker alone: SFU ${idle.cpuPct.sfu?.toFixed(1)} % of a core, RSS ${sfuRssIdleMiB.toFixed(0)} MiB`);

    const connectStart = performance.now();
    const connectFailures: string[] = [];
    const joined = await inBatches(options.viewers, options.connectConcurrency, async (index) => {
      try {
        const viewer = await joinViewer(livekit!, index, options.viewersWatchVideo);
        viewers.push(viewer);
        if ((index + 1) % 10 === 0) log(`  ${index + 1}/${options.viewers} listeners joined`);
        return viewer;
      } catch (error) {
        connectFailures.push(`viewer-${index}: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      }
    });
    const connectSeconds = (performance.now() - connectStart) / 1000;
    const connected = joined.filter((viewer): viewer is Viewer => viewer !== null);
    const heard = tally(await Promise.all(connected.map((viewer) => hearsSpeaker(viewer, options.hearTimeoutMs))));
    const heardSpeaker = heard.heard;
    log(
      `  ${connected.length}/${options.viewers} listeners in ${connectSeconds.toFixed(1)} s; ` +
        `${heardSpeaker} decoded the speaker's audio ${JSON.stringify(heard.failures)}`,
    );

    await sleep(options.warmupSeconds * 1000);
    const loadWindow = cpuWindow(watched);
    let sfuRssPeakMiB = processRssMiB(sfu);
    const sampleEnd = performance.now() + options.sampleSeconds * 1000;
    while (performance.now() < sampleEnd) {
      await sleep(500);
      sfuRssPeakMiB = Math.max(sfuRssPeakMiB, processRssMiB(sfu));
    }
    const loaded = loadWindow.stop();
    const sfuRssLoadedMiB = processRssMiB(sfu);
    const sawSpeaker = connected.filter((viewer) => viewer.speakerVideo).length;
    const heardAtEnd = tally(await Promise.all(connected.map((viewer) => hearsSpeaker(viewer, options.hearTimeoutMs))));
    log(`  after the window ${heardAtEnd.heard} decoded the speaker's audio ${JSON.stringify(heardAtEnd.failures)}`);
    return {
      viewers: options.viewers,
      connected: connected.length,
      heardSpeaker,
      heardSpeakerAtEnd: heardAtEnd.heard,
      hearingFailures: { afterJoining: heard.failures, atEnd: heardAtEnd.failures },
      sawSpeaker,
      connectSeconds,
      connectFailures,
      idle,
      loaded,
      sfuRssIdleMiB,
      sfuRssLoadedMiB,
      sfuRssPeakMiB,
    };
  } finally {
    // A busy room may never answer its disconnect; LiveKit's stop ends it anyway.
    const leave = (room: Room) => Promise.race([room.disconnect().catch(() => undefined), sleep(5000)]);
    await inBatches(viewers.length, 10, (i) => leave(viewers[i]!.room));
    await speaker?.stop();
    await livekit?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
