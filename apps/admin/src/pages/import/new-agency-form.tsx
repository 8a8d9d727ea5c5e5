/**
 * NewAgencyForm — adds an agency the directory lacks, from the review of a notice: the name as
 * written in the notice is its first alias (so the next notice that writes it the same way is
 * matched), with its official name, kind, parent body and a stable id the form suggests. The API
 * checks the permission (`agencies.add`) and that the id is free.
 */
import type { Schema } from "@dondoc/client";
import { Button, Group, Select, Stack, TagsInput, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, call } from "../../api/client.js";
import type { Agency } from "../../api/types.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { agencyIdOf } from "../../lib/agency-id.js";
import { agencyOptions } from "../../lib/agency-options.js";

type AgencyKind = Schema<"CreateAgency">["kind"];

export const AGENCY_KINDS: readonly AgencyKind[] = [
  "department",
  "board",
  "people-committee",
  "council",
  "office",
  "division",
  "party",
  "police",
  "public-service-unit",
  "mass-organisation",
  "enterprise",
  "other",
];

export interface NewAgencyFormProps {
  /** The name as the notice writes it. */
  readonly written: string;
  readonly agencies: readonly Agency[];
  readonly onCreated: (agency: Agency) => void;
  readonly onCancel: () => void;
}

export function NewAgencyForm({ written, agencies, onCreated, onCancel }: NewAgencyFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(written);
  const [aliases, setAliases] = useState<string[]>([written]);
  const [shortNames, setShortNames] = useState<string[]>([]);
  const [kind, setKind] = useState<AgencyKind>("department");
  const [parentId, setParentId] = useState<string | null>(null);
  const [id, setId] = useState<string | null>(null);
  const suggested = agencyIdOf(name, parentId, new Set(agencies.map((a) => a.id)));
  const save = useMutation({
    mutationFn: () =>
      call(
        api.POST("/v1/agencies", {
          body: {
            id: id ?? suggested,
            name: name.trim(),
            shortNames,
            aliases: aliases.filter((a) => a.trim() !== name.trim()),
            parentId,
            kind,
          },
        }),
      ),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ["agencies"] });
      onCreated(created);
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t("import.newAgency.name")}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Select
          label={t("import.newAgency.kind")}
          data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`import.newAgency.kinds.${k}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(v) => setKind((v ?? "department") as AgencyKind)}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t("import.newAgency.parent")}
          description={t("import.newAgency.parentHint")}
          data={agencyOptions(agencies, t)}
          searchable
          clearable
          value={parentId}
          onChange={setParentId}
          nothingFoundMessage={t("common.empty")}
          comboboxProps={{ withinPortal: true }}
        />
        <TagsInput
          label={t("agencies.shortNames")}
          description={t("agencies.tagsHint")}
          value={shortNames}
          onChange={setShortNames}
        />
        <TagsInput
          label={t("import.newAgency.aliases")}
          description={t("agencies.aliasesHint")}
          value={aliases}
          onChange={setAliases}
        />
        <TextInput
          label={t("import.newAgency.id")}
          description={t("import.newAgency.idHint")}
          required
          value={id ?? suggested}
          onChange={(e) => setId(e.currentTarget.value)}
        />
        {save.error ? <ProblemAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("import.newAgency.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
