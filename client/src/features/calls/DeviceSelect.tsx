import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeviceKind } from './callPreferences';

interface DeviceSelectProps {
  kind: DeviceKind;
  devices: MediaDeviceInfo[];
  value: string;
  onChange: (deviceId: string) => void;
}

/** A plain select of the microphones, cameras or speakers the browser offers. */
export function DeviceSelect({ kind, devices, value, onChange }: DeviceSelectProps) {
  const { t } = useTranslation();
  const options = devices
    .filter((device) => device.deviceId !== '')
    .map((device, index) => ({
      value: device.deviceId,
      label: device.label || `${t(`calls.devices.${kind}`)} ${index + 1}`,
    }));
  return (
    <NativeSelect
      label={t(`calls.devices.${kind}`)}
      value={options.some((option) => option.value === value) ? value : (options[0]?.value ?? '')}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={options.length > 0 ? options : [{ value: '', label: t('calls.devices.none') }]}
      disabled={options.length === 0}
    />
  );
}
