import type { PipeTransform } from '@nestjs/common';
import { requireNoClientData } from './client-data-guard';
import { textsAt } from './texts-at';

/**
 * Runs after the ZodPipe of a request body whose free text others read:
 * `@Body(new ZodPipe(schema), new PersonalDataPipe('title', 'description'))`. Paths as in textsAt;
 * the body's `confirmPersonalData` (see personalDataConfirmation in packages/shared) is the
 * writer's confirmation of their own work contact details.
 */
export class PersonalDataPipe<T> implements PipeTransform<T, T> {
  private readonly paths: readonly string[];

  constructor(...paths: string[]) {
    this.paths = paths;
  }

  transform(body: T): T {
    const confirmed =
      typeof body === 'object' &&
      body !== null &&
      (body as { confirmPersonalData?: unknown }).confirmPersonalData === true;
    requireNoClientData(textsAt(body, this.paths), confirmed);
    return body;
  }
}
