import type { NextFunction, Request, Response } from 'express';
import { ErrorCode, type ErrorBody } from '@leernetwerk/shared';
import { toErrorBody } from './to-error-body';

function hasType(error: unknown): boolean {
  return typeof error === 'object' && error !== null && typeof (error as { type?: unknown }).type === 'string';
}

/**
 * body-parser tags its own failures with a `type`; the one it passes on untagged while reading a
 * compressed body is the decompressor's (zlib: "incorrect header check", "unexpected end of file").
 */
function isDecompressionFailure(error: unknown, req: Request): boolean {
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  return !!encoding && encoding !== 'identity' && !hasType(error);
}

const invalidEncoding: { status: number; body: ErrorBody } = {
  status: 400,
  body: {
    error: { code: ErrorCode.InvalidBodyEncoding, message: 'Request body is not valid data for its Content-Encoding' },
  },
};

/**
 * Body parsing runs before Nest's routing, so its failures (malformed JSON, oversized bodies,
 * compressed bodies that do not decompress) never reach Nest's exception filters; this express
 * error handler gives them the same shape.
 */
export function bodyErrorMiddleware(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const { status, body } = isDecompressionFailure(error, req) ? invalidEncoding : toErrorBody(error);
  res.status(status).json(body);
}
