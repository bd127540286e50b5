import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { HealthResponse } from '@leernetwerk/shared';

@Injectable()
export class HealthService {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  async check(): Promise<HealthResponse> {
    const started = performance.now();
    const database = await this.pingDatabase()
      .then(() => ({ status: 'up' as const, latencyMs: Math.round((performance.now() - started) * 10) / 10 }))
      .catch(() => ({ status: 'down' as const }));
    return {
      status: database.status === 'up' ? 'ok' : 'degraded',
      database,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }

  private async pingDatabase(): Promise<void> {
    const db = this.connection.db;
    if (!db) throw new Error('not connected');
    await db.command({ ping: 1 });
  }
}
