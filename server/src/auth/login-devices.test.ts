import type { ResolvedConfig } from '../config/resolved-config';
import { LoginDevices } from './login-devices';

const devices = new LoginDevices({ jwtSecret: 'x'.repeat(40) } as ResolvedConfig);

describe(LoginDevices.name, () => {
  it('recognises its own proof for the account it was given for', () => {
    const token = devices.tokenFor('mila@demo.nl');
    expect(devices.deviceOf(token, 'mila@demo.nl')).toBe(token.split('.')[0]);
  });

  it('refuses the proof for another account, a tampered one and one signed with another secret', () => {
    const token = devices.tokenFor('mila@demo.nl');
    const other = new LoginDevices({ jwtSecret: 'y'.repeat(40) } as ResolvedConfig);
    expect(devices.deviceOf(token, 'daan@demo.nl')).toBeNull();
    expect(devices.deviceOf(`${token}x`, 'mila@demo.nl')).toBeNull();
    expect(devices.deviceOf(`other.${token.split('.')[1] ?? ''}`, 'mila@demo.nl')).toBeNull();
    expect(other.deviceOf(token, 'mila@demo.nl')).toBeNull();
    expect(devices.deviceOf(undefined, 'mila@demo.nl')).toBeNull();
  });
});
