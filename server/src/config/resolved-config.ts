import type { AppConfig } from './config';

/** Configuration after start-up has settled the database and the token secret. */
export type ResolvedConfig = Omit<AppConfig, 'mongodbUri' | 'jwtSecret'> & {
  mongodbUri: string;
  jwtSecret: string;
};
