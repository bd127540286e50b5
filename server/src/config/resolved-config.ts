import type { AppConfig, MediaServerConfig } from './config';

/** Configuration after start-up has settled the database, the token secret and the media server. */
export type ResolvedConfig = Omit<AppConfig, 'mongodbUri' | 'jwtSecret' | 'livekit' | 'embeddedMedia'> & {
  mongodbUri: string;
  jwtSecret: string;
  /** Null: no media server; cafés and meetings run text-only and say so. */
  media: MediaServerConfig | null;
};
