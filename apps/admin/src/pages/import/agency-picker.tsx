/**
 * AgencyPicker — the directory agency an agency name in the notice refers to. Shows the name as
 * written, and is marked as an error while nothing in the directory is chosen; a clerk who may add
 * agencies (`agencies.add`) can add one the directory lacks on the spot, and it is chosen.
 */
import { Button, Modal, Select, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Agency, ParsedAgency } from "../../api/types.js";
import { sessionQuery } from "../../auth/session.js";
import { agencyOptions } from "../../lib/agency-options.js";
import { NewAgencyForm } from "./new-agency-form.js";

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
  const { data: user } = useQuery(sessionQuery);
  const canAdd = !identified && !agency.collective && (user?.permissions.includes("agencies.add") ?? false);
  const [adding, setAdding] = useState(false);
  const picker = (
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
  if (!canAdd) return picker;
  return (
    <Stack gap={4} align="flex-start">
      {picker}
      <Button size="compact-sm" variant="light" onClick={() => setAdding(true)}>
        {t("import.newAgency.open")}
      </Button>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t("import.newAgency.title")} size="lg">
        <NewAgencyForm
          written={agency.name}
          agencies={agencies}
          onCancel={() => setAdding(false)}
          onCreated={(created) => {
            setAdding(false);
            onChange({ ...agency, agencyId: created.id });
          }}
        />
      </Modal>
    </Stack>
  );
}
