/**
 * AgencyPicker — the directory agency an agency name in the notice refers to. Shows the name as
 * written, and is marked as an error while nothing in the directory is chosen.
 */
import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { Agency, ParsedAgency } from "../../api/types.js";
import { agencyOptions } from "../../lib/agency-options.js";

export interface AgencyPickerProps {
  readonly label: string;
  readonly agency: ParsedAgency;
  readonly agencies: readonly Agency[];
  readonly onChange: (agency: ParsedAgency) => void;
  readonly onFocus: () => void;
}

export function AgencyPicker({ label, agency, agencies, onChange, onFocus }: AgencyPickerProps) {
  const { t } = useTranslation();
  const identified = agency.agencyId !== null || (agency.collective && agency.groupId !== null);
  return (
    <Select
      label={label}
      description={t("import.task.asWritten", { name: agency.name })}
      data={agencyOptions(agencies, t)}
      searchable
      clearable
      value={agency.agencyId}
      onFocus={onFocus}
      onChange={(value) => onChange({ ...agency, agencyId: value })}
      error={
        identified ? undefined : agency.collective ? t("import.task.collective") : t("import.task.pickAgency")
      }
      nothingFoundMessage={t("common.empty")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
