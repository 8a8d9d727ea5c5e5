/**
 * AgencyNamesForm — the secretariat teaches the directory how notices write an agency: its short
 * names and other spellings (aliases), so the next import matches it without a warning.
 */
import { Button, Stack, TagsInput, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, call } from "../../api/client.js";
import type { Agency } from "../../api/types.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { useDraft } from "../../lib/use-draft.js";

export function AgencyNamesForm({
  agency,
  onDone,
}: {
  readonly agency: Agency;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const draft = useDraft(`agency.${agency.id}`, {
    name: agency.name,
    shortNames: [...agency.shortNames],
    aliases: [...agency.aliases],
  });
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH("/v1/agencies/{id}", {
          params: { path: { id: agency.id }, header: { "if-match": `"${agency.version}"` } },
          body: {
            name: draft.value.name.trim(),
            shortNames: draft.value.shortNames,
            aliases: draft.value.aliases,
          },
        }),
      ),
    onSuccess: async () => {
      draft.clear();
      await queryClient.invalidateQueries({ queryKey: ["agencies"] });
      onDone();
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
          label={t("agencies.col.name")}
          required
          value={draft.value.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            draft.set((d) => ({ ...d, name }));
          }}
        />
        <TagsInput
          label={t("agencies.shortNames")}
          description={t("agencies.tagsHint")}
          value={draft.value.shortNames}
          onChange={(shortNames) => draft.set((d) => ({ ...d, shortNames }))}
        />
        <TagsInput
          label={t("agencies.col.aliases")}
          description={t("agencies.aliasesHint")}
          value={draft.value.aliases}
          onChange={(aliases) => draft.set((d) => ({ ...d, aliases }))}
        />
        {save.error ? <ProblemAlert error={save.error} /> : null}
        <Button type="submit" loading={save.isPending} disabled={!draft.value.name.trim()} w="fit-content">
          {t("common.save")}
        </Button>
      </Stack>
    </form>
  );
}
