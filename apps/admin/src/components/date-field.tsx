/**
 * DateField — a date input that reads and shows `dd/MM/yyyy` (a clerk may type `8/1/2024` as well
 * as pick from the calendar) and holds an ISO `YYYY-MM-DD` value.
 */
import { DateInput, type DateInputProps } from "@mantine/dates";

import { parseDisplayDate } from "../lib/dates.js";

export function DateField(props: Omit<DateInputProps, "valueFormat" | "dateParser">) {
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={(text) => parseDisplayDate(text)}
      placeholder="dd/mm/yyyy"
      {...props}
    />
  );
}
