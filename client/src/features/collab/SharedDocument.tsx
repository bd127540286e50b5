import { Grid, Stack } from '@mantine/core';
import { PageLoader } from '../../ui/PageLoader';
import { CollaborativeEditor } from './CollaborativeEditor';
import { CollabStatusBar } from './CollabStatusBar';
import { PeopleHere } from './PeopleHere';
import { useCollabDocument, useCollabUser } from './useCollabDocument';

interface SharedDocumentProps {
  docId: string;
  /** The accessible name of the text area. */
  label: string;
  describedBy?: string;
}

/** A shared document as people see it: the editor, its connection and save state, and who is here. */
export function SharedDocument({ docId, label, describedBy }: SharedDocumentProps) {
  const user = useCollabUser();
  const document = useCollabDocument(docId);
  if (!document) return <PageLoader />;
  const { ydoc, provider, status, saved, access, accessChange, error, people } = document;

  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Stack gap="xs">
          <CollabStatusBar status={status} saved={saved} access={access} accessChange={accessChange} error={error} />
          <CollaborativeEditor
            ydoc={ydoc}
            provider={provider}
            user={user}
            editable={access === 'write'}
            label={label}
            describedBy={describedBy}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 3 }}>
        <PeopleHere people={people} />
      </Grid.Col>
    </Grid>
  );
}
