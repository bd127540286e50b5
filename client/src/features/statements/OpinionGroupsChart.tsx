import type { OpinionGroup, ProjectedParticipant } from '@leernetwerk/shared';
import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { groupColour, groupLetter } from './resultsFormat';

const SIZE = 320;
const PADDING = 24;

interface OpinionGroupsChartProps {
  projection: ProjectedParticipant[];
  groups: OpinionGroup[];
}

/** A marker per group in shape as well as colour, so the groups differ without colour vision too. */
function Marker({ groupId, x, y }: { groupId: number | null; x: number; y: number }) {
  const fill = groupColour(groupId);
  switch (groupId === null ? -1 : groupId % 3) {
    case 1:
      return <rect x={x - 5} y={y - 5} width={10} height={10} fill={fill} />;
    case 2:
      return <polygon points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} fill={fill} />;
    default:
      return <circle cx={x} cy={y} r={5.5} fill={fill} />;
  }
}

function scale(values: number[]): (value: number) => number {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  return (value) => PADDING + ((value - min) / span) * (SIZE - 2 * PADDING);
}

/** Everyone as a dot, placed by how they voted; people close together voted alike. */
export function OpinionGroupsChart({ projection, groups }: OpinionGroupsChartProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const toX = scale(projection.map((point) => point.x));
  const toY = scale(projection.map((point) => point.y));
  return (
    <figure style={{ margin: 0 }} aria-labelledby={captionId}>
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width="100%"
        style={{ maxWidth: SIZE, display: 'block', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
        role="img"
        aria-label={t('statements.results.chartLabel', { people: projection.length, groups: groups.length })}
      >
        <line x1={SIZE / 2} x2={SIZE / 2} y1={8} y2={SIZE - 8} stroke="var(--mantine-color-gray-3)" />
        <line y1={SIZE / 2} y2={SIZE / 2} x1={8} x2={SIZE - 8} stroke="var(--mantine-color-gray-3)" />
        {projection.map((point) => (
          <Marker key={point.participantId} groupId={point.groupId} x={toX(point.x)} y={SIZE - toY(point.y)} />
        ))}
      </svg>
      <figcaption id={captionId}>
        <Text size="sm" mt="xs">
          {t('statements.results.chartCaption')}
        </Text>
        <Group gap="md" mt={4} aria-hidden>
          {groups.map((group) => (
            <Group key={group.id} gap={6}>
              <svg width={14} height={14} viewBox="0 0 14 14">
                <Marker groupId={group.id} x={7} y={7} />
              </svg>
              <Text size="sm">{t('statements.results.groupName', { letter: groupLetter(group.id) })}</Text>
            </Group>
          ))}
        </Group>
      </figcaption>
    </figure>
  );
}
