import type { DemoSummary } from './seed/demo-seeder.service';

/** The start-up banner: where the app is and how to log in to the demo network. */
export function printWelcome(url: string, demo: DemoSummary | null): void {
  const lines = ['', `Leernetwerk Sociale Technologie draait op ${url}`, ''];
  if (demo && demo.logins.length > 0) {
    lines.push('Demo-accounts (wachtwoord voor allemaal: ' + (demo.logins[0]?.password ?? '') + '):');
    for (const login of demo.logins) {
      lines.push(`  ${login.email.padEnd(24)} ${login.roles.join(', ').padEnd(14)} ${login.organisation}`);
    }
    lines.push('', 'Uitnodigingscodes om een account aan te maken:');
    for (const code of demo.inviteCodes) lines.push(`  ${code.inviteCode}  ${code.organisation}`);
    lines.push('');
  }
  console.log(lines.join('\n'));
}
