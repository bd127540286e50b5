import type { CreateMeetingRequest, Meeting } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { meetingKeys, meetingsApi } from './meetingsApi';

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useSubmitOnce<CreateMeetingRequest, Meeting>((body, key) => meetingsApi.create(body, key), {
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: meetingKeys.list });
    },
  });
}
