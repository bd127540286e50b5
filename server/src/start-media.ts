import path from 'node:path';
import { startEmbeddedLivekit, type EmbeddedLivekit } from '@leernetwerk/embedded-media';
import type { AppConfig, MediaServerConfig } from './config/config';

export interface MediaHandle {
  media: MediaServerConfig | null;
  embedded: EmbeddedLivekit | null;
}

/**
 * Uses LIVEKIT_URL when given; otherwise runs the embedded media server in the data folder. When
 * it cannot start (no Go to build it, say), the app still runs: cafés and meetings go text-only.
 */
export async function startMedia(config: AppConfig): Promise<MediaHandle> {
  if (config.livekit) return { media: config.livekit, embedded: null };
  if (!config.embeddedMedia) return { media: null, embedded: null };
  try {
    const embedded = await startEmbeddedLivekit({
      dataDir: path.join(config.dataDir, 'livekit'),
      webhookUrl: `http://127.0.0.1:${config.port}/api/media/webhook`,
      log: (line) => console.log(line),
    });
    const media = {
      url: embedded.httpUrl,
      publicUrl: embedded.url,
      apiKey: embedded.apiKey,
      apiSecret: embedded.apiSecret,
    };
    return { media, embedded };
  } catch (error) {
    console.warn(`\nVoice and video are off: ${error instanceof Error ? error.message : String(error)}\n`);
    return { media: null, embedded: null };
  }
}
