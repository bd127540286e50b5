import type { NextFunction, Request, Response } from 'express';
import { toErrorBody } from './to-error-body';

/**
 * Body parsing runs before Nest's routing, so its failures (malformed JSON, oversized bodies)
 * never reach Nest's exception filters; this express error handler gives them the same shape.
 */
export function bodyErrorMiddleware(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const { status, body } = toErrorBody(error);
  res.status(status).json(body);
}
