import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ErrorCode, loadPasswordChecker } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';

/** The one rule for new passwords, shared with the client's form: not common, not guessable. */
@Injectable()
export class PasswordPolicy implements OnModuleInit {
  async onModuleInit(): Promise<void> {
    // Loads the dictionaries at start-up rather than during someone's registration.
    await loadPasswordChecker();
  }

  async requireStrong(password: string, personal: { name: string; email: string }): Promise<void> {
    const reason = (await loadPasswordChecker()).problemOf(password, personal);
    if (reason) throw new ApiError(ErrorCode.WeakPassword, 'This password is too easy to guess', { reason });
  }
}
