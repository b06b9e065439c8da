import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export type CalendarYear = ResponseOf<"/api/v1/calendar-days", "get">;
export type CalendarDayRow = CalendarYear["days"][number];
export type CalendarDayInput = BodyOf<"/api/v1/calendar-days", "post">;

const keys = { year: (year: number) => ["calendar-days", year] as const };

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: keys.year(year),
    queryFn: ({ signal }) => api.get<CalendarYear>("/calendar-days", { query: { year }, signal }),
  });
}

export function useAddCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CalendarDayInput) => api.post("/calendar-days", input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["calendar-days"] }),
  });
}

export function useRemoveCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, version }: { date: string; version: number }) =>
      api.delete(`/calendar-days/${date}`, { query: { version } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["calendar-days"] }),
  });
}
