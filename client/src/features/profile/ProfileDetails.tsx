import type { User } from '@leernetwerk/shared';
import { Skeleton, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyOrganisation } from '../../lib/api/useMyOrganisation';
import { useTechnologies } from '../../lib/api/useTechnologies';
import classes from './ProfileDetails.module.css';

interface ProfileDetailsProps {
  user: User;
}

export function ProfileDetails({ user }: ProfileDetailsProps) {
  const { t } = useTranslation();
  const organisation = useMyOrganisation(user.organisationId);
  const technologies = useTechnologies();

  const ambassadorNames = user.ambassadorOf.map(
    (id) => technologies.data?.find((technology) => technology.id === id)?.name ?? t('profile.unknown'),
  );
  const loading = <Skeleton height={18} width={200} />;

  const rows: [string, ReactNode][] = [
    [t('profile.name'), user.name],
    [t('profile.email'), user.email],
    [t('profile.organisation'), organisation.isPending ? loading : (organisation.data?.name ?? t('profile.unknown'))],
    [t('profile.roles'), user.roles.map((role) => t(`profile.roleNames.${role}`)).join(', ')],
    [
      t('profile.ambassadorOf'),
      user.ambassadorOf.length === 0
        ? t('profile.noAmbassadorships')
        : technologies.isPending
          ? loading
          : ambassadorNames.join(', '),
    ],
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="details-heading">
      <Title order={2} id="details-heading">
        {t('profile.detailsHeading')}
      </Title>
      <dl className={classes.list}>
        {rows.map(([term, value]) => (
          <div key={term} className={classes.row}>
            <dt className={classes.term}>{term}</dt>
            <dd className={classes.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </Stack>
  );
}
