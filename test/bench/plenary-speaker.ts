/**
 * The plenary's speaker for the calls benchmark (plenary-load.ts starts it): a process of its own, as
 * the speaker is another computer on the day, so the listeners' work in the benchmark process
 * cannot hold up the sound and picture it sends. Publishes a microphone (a tone) and, unless
 * PLENARY_VIDEO is 0, a simulcast camera (a bar sweeping over a test picture) into the room of
 * PLENARY_TOKEN at PLENARY_URL; prints "ready" once both are published; stops on SIGTERM.
 */
import {
  AudioFrame,
  AudioSource,
  dispose,
  LocalAudioTrack,
  LocalVideoTrack,
  Room,
  TrackPublishOptions,
  TrackSource,
  VideoBufferType,
  VideoFrame,
  VideoSource,
} from '@livekit/rtc-node';

const SAMPLE_RATE = 48_000;
const FRAME_SAMPLES = 480; // 10 ms

function toneFrame(): AudioFrame {
  const samples = new Int16Array(FRAME_SAMPLES);
  for (let i = 0; i < FRAME_SAMPLES; i++)
    samples[i] = Math.round(3000 * Math.sin((2 * Math.PI * 440 * i) / SAMPLE_RATE));
  return new AudioFrame(samples, SAMPLE_RATE, 1, FRAME_SAMPLES);
}

/** A bar sweeping over a textured I420 picture, so the encoder has real motion to code. */
function patternFrames(width: number, height: number, count: number): VideoFrame[] {
  return Array.from({ length: count }, (_, n) => {
    const data = new Uint8Array(width * height * 1.5).fill(128);
    const barStart = Math.floor((n / count) * width);
    const barWidth = Math.max(8, Math.floor(width / 8));
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const inBar = (x - barStart + width) % width < barWidth;
        data[y * width + x] = inBar ? 235 : 16 + ((x * 3 + y * 2 + n * 5) % 200);
      }
    }
    return new VideoFrame(data, width, height, VideoBufferType.I420);
  });
}

function videoSize(raw: string): { width: number; height: number; fps: number } | null {
  const match = /^(\d+)x(\d+)@(\d+)$/.exec(raw);
  return match ? { width: Number(match[1]), height: Number(match[2]), fps: Number(match[3]) } : null;
}

async function main(): Promise<void> {
  const url = process.env.PLENARY_URL;
  const token = process.env.PLENARY_TOKEN;
  if (!url || !token) throw new Error('PLENARY_URL and PLENARY_TOKEN are required');
  const video = videoSize(process.env.PLENARY_VIDEO ?? '0');

  const room = new Room();
  await room.connect(url, token, { autoSubscribe: false, dynacast: false });
  const local = room.localParticipant;
  if (!local) throw new Error('no local participant after connecting');
  let speaking = true;

  const audio = new AudioSource(SAMPLE_RATE, 1);
  const mic = new TrackPublishOptions();
  mic.source = TrackSource.SOURCE_MICROPHONE;
  await local.publishTrack(LocalAudioTrack.createAudioTrack('microfoon', audio), mic);
  const tone = toneFrame();
  // captureFrame waits while the source's queue is full, so this loop keeps real time by itself.
  const pump = (async () => {
    while (speaking) await audio.captureFrame(tone);
  })().catch(() => undefined);

  let camera: NodeJS.Timeout | undefined;
  if (video) {
    const source = new VideoSource(video.width, video.height);
    const options = new TrackPublishOptions();
    options.source = TrackSource.SOURCE_CAMERA;
    options.simulcast = true;
    await local.publishTrack(LocalVideoTrack.createVideoTrack('camera', source), options);
    const frames = patternFrames(video.width, video.height, video.fps * 2);
    const startedAt = process.hrtime.bigint();
    let n = 0;
    camera = setInterval(() => {
      const frame = frames[n++ % frames.length];
      if (frame) source.captureFrame(frame, (process.hrtime.bigint() - startedAt) / 1000n);
    }, 1000 / video.fps);
  }
  process.stdout.write('ready\n');

  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  speaking = false;
  clearInterval(camera);
  await room.disconnect().catch(() => undefined);
  await pump;
  await dispose();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
