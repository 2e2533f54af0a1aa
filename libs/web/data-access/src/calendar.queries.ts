import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from './client';
import { graphql } from './gql';
import type {
  CalendarDayItemFragment,
  CreateCalendarDayInput,
  DeleteCalendarDayInput,
  GenerateCalendarYearInput,
  UpdateCalendarDayInput,
  WorkingCalendarYearQuery,
} from './gql/graphql';
import { calendarKeys } from './query-keys';

export const CalendarDayItemFragmentDoc = graphql(`
  fragment CalendarDayItem on CalendarDay {
    id
    date
    weekday
    kind
    name
    note
    source
    provisional
    version
  }
`);

const WorkingCalendarYearsDocument = graphql(`
  query WorkingCalendarYears {
    workingCalendarYears {
      year
      source
    }
  }
`);

const WorkingCalendarYearDocument = graphql(`
  query WorkingCalendarYear($year: Int!) {
    workingCalendar(year: $year) {
      year
      defined
      source
      note
      workingDayCount
      provisionalCount
      canManage
      days {
        ...CalendarDayItem
      }
    }
  }
`);

const CreateCalendarDayDocument = graphql(`
  mutation CreateCalendarDay($input: CreateCalendarDayInput!) {
    createCalendarDay(input: $input) {
      ...CalendarDayItem
    }
  }
`);

const UpdateCalendarDayDocument = graphql(`
  mutation UpdateCalendarDay($input: UpdateCalendarDayInput!) {
    updateCalendarDay(input: $input) {
      ...CalendarDayItem
    }
  }
`);

const DeleteCalendarDayDocument = graphql(`
  mutation DeleteCalendarDay($input: DeleteCalendarDayInput!) {
    deleteCalendarDay(input: $input) {
      id
    }
  }
`);

const GenerateCalendarYearDocument = graphql(`
  mutation GenerateCalendarYear($input: GenerateCalendarYearInput!) {
    generateCalendarYear(input: $input) {
      year
    }
  }
`);

export type CalendarDayItem = CalendarDayItemFragment;
export type WorkingCalendarYearView = WorkingCalendarYearQuery['workingCalendar'];

/** The years that have a working-day calendar. */
export function useWorkingCalendarYears() {
  return useQuery({
    queryKey: calendarKeys.years(),
    queryFn: ({ signal }) =>
      request(WorkingCalendarYearsDocument, {}, { signal }).then((r) => r.workingCalendarYears),
  });
}

/** One year's calendar: its days off and make-up days (empty, `defined: false`, for a year without). */
export function useWorkingCalendar(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) =>
      request(WorkingCalendarYearDocument, { year }, { signal }).then((r) => r.workingCalendar),
  });
}

function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  // a change moves every deadline counted in working days: the whole domain is refetched
  return () => queryClient.invalidateQueries({ queryKey: calendarKeys.all });
}

export function useCreateCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (input: CreateCalendarDayInput) =>
      request(CreateCalendarDayDocument, { input }).then((r) => r.createCalendarDay),
    onSuccess: invalidate,
  });
}

export function useUpdateCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (input: UpdateCalendarDayInput) =>
      request(UpdateCalendarDayDocument, { input }).then((r) => r.updateCalendarDay),
    onSuccess: invalidate,
  });
}

export function useDeleteCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (input: DeleteCalendarDayInput) =>
      request(DeleteCalendarDayDocument, { input }).then((r) => r.deleteCalendarDay),
    onSuccess: invalidate,
  });
}

export function useGenerateCalendarYear() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (input: GenerateCalendarYearInput) =>
      request(GenerateCalendarYearDocument, { input }).then((r) => r.generateCalendarYear),
    onSuccess: invalidate,
  });
}
