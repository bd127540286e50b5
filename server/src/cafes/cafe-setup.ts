import { ErrorCode, type ValidCreateCafeRequest } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import type { StatementsRepository } from '../statements/statements.repository';

/**
 * Checks a setup beyond its shape: statement prompts must be published statements of the café's
 * conversation, and nobody hosts two tables.
 */
export async function validateSetup(
  setup: Pick<ValidCreateCafeRequest, 'conversationId' | 'tables'>,
  statements: StatementsRepository,
): Promise<void> {
  const hosts = setup.tables.map((t) => t.hostId).filter((id): id is string => id !== null);
  if (new Set(hosts).size !== hosts.length) {
    throw invalid('tables', 'One person cannot host two tables');
  }
  for (const [index, { prompt }] of setup.tables.entries()) {
    if (prompt.kind !== 'statement') continue;
    const statement = await statements.findById(prompt.statementId);
    if (!statement || statement.status !== 'published' || statement.conversationId !== setup.conversationId) {
      throw invalid(`tables.${index}.prompt.statementId`, "Not a published statement of the café's conversation");
    }
  }
}

function invalid(path: string, message: string): ApiError {
  return new ApiError(ErrorCode.ValidationFailed, message, [{ path, message }]);
}
