import { isDeepStrictEqual } from 'node:util';
import { ErrorCode, type TablePrompt, type ValidCreateCafeRequest } from '@leernetwerk/shared';
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

/** Whether a change only picks other hosts for the same tables (what the lobby still allows). */
export function onlyHostsChange(
  cafe: { tables: readonly { prompt: TablePrompt }[] },
  changes: Partial<ValidCreateCafeRequest>,
): boolean {
  const { tables, ...rest } = changes;
  if (!tables || Object.values(rest).some((value) => value !== undefined)) return false;
  return (
    tables.length === cafe.tables.length &&
    tables.every((table, index) => isDeepStrictEqual(table.prompt, cafe.tables[index]?.prompt))
  );
}
