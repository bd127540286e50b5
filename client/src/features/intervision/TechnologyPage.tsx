import { Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../ui/PageLoader';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NewThreadForm } from './NewThreadForm';
import { QueryState } from './QueryState';
import { useTechnologyOverview } from './queries';
import { TechnologyOverviewSection } from './TechnologyOverviewSection';
import { TechnologyThreads } from './TechnologyThreads';

// The editor (TipTap, Yjs) is most of the bundle: loaded only when the knowledge page is opened.
const KnowledgePage = lazy(() => import('./KnowledgePage').then(({ KnowledgePage }) => ({ default: KnowledgePage })));

export const TECHNOLOGY_TABS = ['draadjes', 'nieuw', 'kennispagina'] as const;
type Tab = (typeof TECHNOLOGY_TABS)[number];

function isTab(value: string | null): value is Tab {
  return TECHNOLOGY_TABS.some((tab) => tab === value);
}

/** `/intervisie/:technologyId`: who uses it and who to ask, then its threads, a new thread, the knowledge page. */
export function TechnologyPage() {
  const { t } = useTranslation();
  const { technologyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'draadjes';
  const overview = useTechnologyOverview(technologyId);
  useDocumentTitle(overview.data?.name ?? t('intervision.title'));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/intervisie">
        ← {t('intervision.back')}
      </Anchor>
      <QueryState query={overview} height={160}>
        {(technology) => (
          <Stack gap="lg">
            <Stack gap="xs">
              <Title order={1}>{technology.name}</Title>
              <Text maw={760}>{technology.description}</Text>
            </Stack>
            <TechnologyOverviewSection overview={technology} />
            <Tabs
              value={tab}
              onChange={(value) => setParams(value && value !== 'draadjes' ? { tab: value } : {}, { replace: true })}
              keepMounted={false}
            >
              <Tabs.List aria-label={t('intervision.technology.tabsLabel')}>
                <Tabs.Tab value="draadjes">{t('intervision.technology.tabThreads')}</Tabs.Tab>
                <Tabs.Tab value="nieuw">{t('intervision.technology.tabNew')}</Tabs.Tab>
                <Tabs.Tab value="kennispagina">{t('intervision.technology.tabPage')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="draadjes" pt="md">
                <TechnologyThreads technologyId={technologyId} />
              </Tabs.Panel>
              <Tabs.Panel value="nieuw" pt="md">
                <NewThreadForm technologyId={technologyId} hasAmbassadors={technology.ambassadors.length > 0} />
              </Tabs.Panel>
              <Tabs.Panel value="kennispagina" pt="md">
                <Suspense fallback={<PageLoader />}>
                  <KnowledgePage technologyId={technologyId} name={technology.name} />
                </Suspense>
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
