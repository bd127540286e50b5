import {
  AudioFrame,
  AudioSource,
  LocalAudioTrack,
  Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
  type RemoteParticipant,
  type RemoteTrack,
} from '@livekit/rtc-node';
import type { MediaJoin } from '@leernetwerk/shared';

const SAMPLE_RATE = 48_000;
const FRAME_SAMPLES = 480; // 10 ms

/**
 * A person in a call as the media server sees them: a real WebRTC participant (LiveKit's Node SDK)
 * that speaks (a quiet tone on a microphone track) and records whose audio it receives.
 */
export interface CallClient {
  readonly room: Room;
  /** Identities whose microphone this client receives now. */
  hearing(): string[];
  /** Resolves with LiveKit's disconnect reason when the server ends the connection. */
  readonly disconnected: Promise<number | undefined>;
  leave(): Promise<void>;
}

function tone(): AudioFrame {
  const samples = new Int16Array(FRAME_SAMPLES);
  for (let i = 0; i < FRAME_SAMPLES; i++)
    samples[i] = Math.round(3000 * Math.sin((2 * Math.PI * 440 * i) / SAMPLE_RATE));
  return new AudioFrame(samples, SAMPLE_RATE, 1, FRAME_SAMPLES);
}

export async function joinCall(
  join: Pick<MediaJoin, 'url' | 'token'>,
  options: { speak?: boolean } = {},
): Promise<CallClient> {
  const room = new Room();
  const heard = new Map<string, number>();
  const count = (identity: string, delta: number) => heard.set(identity, (heard.get(identity) ?? 0) + delta);
  room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack, _pub, participant: RemoteParticipant) => {
    if (track.kind === TrackKind.KIND_AUDIO) count(participant.identity, 1);
  });
  room.on(RoomEvent.TrackUnsubscribed, (track: RemoteTrack, _pub, participant: RemoteParticipant) => {
    if (track.kind === TrackKind.KIND_AUDIO) count(participant.identity, -1);
  });
  room.on(RoomEvent.ParticipantDisconnected, (participant: RemoteParticipant) => heard.delete(participant.identity));
  const disconnected = new Promise<number | undefined>((resolve) =>
    room.once(RoomEvent.Disconnected, (reason?: number) => resolve(reason)),
  );
  await room.connect(join.url, join.token, { autoSubscribe: true, dynacast: false });
  let pump: NodeJS.Timeout | undefined;
  if (options.speak !== false) {
    const source = new AudioSource(SAMPLE_RATE, 1);
    const track = LocalAudioTrack.createAudioTrack('microfoon', source);
    const publish = new TrackPublishOptions();
    publish.source = TrackSource.SOURCE_MICROPHONE;
    await room.localParticipant!.publishTrack(track, publish);
    const frame = tone();
    pump = setInterval(() => void source.captureFrame(frame).catch(() => undefined), 10);
  }
  void disconnected.then(() => clearInterval(pump));
  return {
    room,
    hearing: () =>
      [...heard]
        .filter(([, tracks]) => tracks > 0)
        .map(([identity]) => identity)
        .sort(),
    disconnected,
    async leave() {
      clearInterval(pump);
      await room.disconnect().catch(() => undefined);
    },
  };
}
