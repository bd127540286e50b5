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
function Marker({ groupId, x, y, size = 5.5 }: { groupId: number | null; x: number; y: number; size?: number }) {
  const fill = groupColour(groupId);
  switch (groupId === null ? -1 : groupId % 3) {
    case 1:
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} fill={fill} />;
    case 2:
      return <polygon points={`${x},${y - size} ${x + size},${y + size} ${x - size},${y + size}`} fill={fill} />;
    default:
      return <circle cx={x} cy={y} r={size} fill={fill} />;
  }
}

interface Dot {
  key: string;
  groupId: number | null;
  x: number;
  y: number;
  count: number;
}

/** People who voted exactly alike land on one spot: draw them as one larger marker with a count. */
function dotsOf(projection: ProjectedParticipant[], toX: (v: number) => number, toY: (v: number) => number): Dot[] {
  const dots = new Map<string, Dot>();
  for (const point of projection) {
    const x = Math.round(toX(point.x) / 3) * 3;
    const y = Math.round((SIZE - toY(point.y)) / 3) * 3;
    const key = `${point.groupId}:${x}:${y}`;
    const dot = dots.get(key);
    if (dot) dot.count += 1;
    else dots.set(key, { key, groupId: point.groupId, x, y, count: 1 });
  }
  return [...dots.values()];
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
        {dotsOf(projection, toX, toY).map((dot) => (
          <g key={dot.key}>
            <Marker groupId={dot.groupId} x={dot.x} y={dot.y} size={5.5 + Math.min(dot.count - 1, 6)} />
            {dot.count > 1 && (
              <text
                x={dot.x + (dot.x > SIZE / 2 ? -14 : 14)}
                y={dot.y + 4}
                textAnchor={dot.x > SIZE / 2 ? 'end' : 'start'}
                fontSize={12}
                fill="var(--mantine-color-gray-9)"
              >
                ×{dot.count}
              </text>
            )}
          </g>
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
