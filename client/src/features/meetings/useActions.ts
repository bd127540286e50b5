import type { CreateActionRequest, Meeting, MeetingAction, UpdateActionRequest } from '@leernetwerk/shared';
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { useLiveEvents } from '../../lib/socket/useLiveEvents';
import { meetingKeys, meetingsApi } from './meetingsApi';

/** The viewer's own actions; fetched again when any meeting changes (actions are named and ticked off there). */
export function useMyActions(): UseQueryResult<MeetingAction[]> {
  const queryClient = useQueryClient();
  const refetch = () => void queryClient.invalidateQueries({ queryKey: meetingKeys.myActions });
  useLiveEvents({ 'meeting:updated': refetch }, refetch);
  return useQuery({ queryKey: meetingKeys.myActions, queryFn: meetingsApi.myActions, staleTime: 0 });
}

function putAction(meeting: Meeting | undefined, action: MeetingAction): Meeting | undefined {
  if (!meeting) return meeting;
  const known = meeting.actions.some((item) => item.id === action.id);
  const actions = known
    ? meeting.actions.map((item) => (item.id === action.id ? action : item))
    : [...meeting.actions, action];
  return { ...meeting, actions };
}

/** Puts the answer into the meeting's cache at once and lets "Mijn acties" fetch again. */
function useStoreAction() {
  const queryClient = useQueryClient();
  return (action: MeetingAction) => {
    queryClient.setQueryData<Meeting>(meetingKeys.detail(action.meetingId), (meeting) => putAction(meeting, action));
    queryClient.setQueryData<MeetingAction[]>(meetingKeys.myActions, (list) =>
      list?.map((item) => (item.id === action.id ? action : item)),
    );
    void queryClient.invalidateQueries({ queryKey: meetingKeys.myActions });
  };
}

export function useAddAction(meetingId: string) {
  const store = useStoreAction();
  return useSubmitOnce<CreateActionRequest, MeetingAction>((body, key) => meetingsApi.addAction(meetingId, body, key), {
    onSuccess: store,
  });
}

export function useUpdateAction() {
  const store = useStoreAction();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateActionRequest }) => meetingsApi.updateAction(id, body),
    onSuccess: store,
  });
}
