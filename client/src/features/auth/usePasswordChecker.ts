import { loadPasswordChecker, type PasswordChecker } from '@leernetwerk/shared';
import { useEffect, useState } from 'react';

/**
 * The shared password checker, once its dictionaries have arrived (a separate download, started
 * when the form opens); null until then, and if they cannot be loaded the server still checks.
 */
export function usePasswordChecker(): PasswordChecker | null {
  const [checker, setChecker] = useState<PasswordChecker | null>(null);
  useEffect(() => {
    let current = true;
    loadPasswordChecker().then(
      (loaded) => {
        if (current) setChecker(loaded);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return checker;
}
