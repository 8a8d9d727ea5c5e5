/** NoticesPage — the notices of conclusions: search by number, subject or text; drafts and published. */
import { Badge, Button, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { noticesQuery } from "../api/queries.js";
import { AnchorLink } from "../components/anchor-link.js";
import { ProblemAlert } from "../components/problem-alert.js";
import { PageLoader } from "../components/route-error.js";
import { formatDate } from "../lib/dates.js";
import { noticeLabel } from "../lib/notice-label.js";

export function NoticesPage() {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [lifecycle, setLifecycle] = useState("all");
  const [q] = useDebouncedValue(text, 350);
  const notices = useInfiniteQuery(noticesQuery({ q, ...(lifecycle === "all" ? {} : { lifecycle }) }));
  const items = notices.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <Title order={1} size="h2">
        {t("notices.title")}
      </Title>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("notices.search")}
          description={t("tasks.filter.textHint")}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={{ base: "100%", sm: 360 }}
        />
        <SegmentedControl
          aria-label={t("notices.lifecycleFilter")}
          value={lifecycle}
          onChange={setLifecycle}
          data={[
            { value: "all", label: t("common.all") },
            { value: "draft", label: t("notices.lifecycle.draft") },
            { value: "published", label: t("notices.lifecycle.published") },
          ]}
        />
      </Group>
      {notices.error ? <ProblemAlert error={notices.error} onRetry={() => void notices.refetch()} /> : null}
      {notices.isPending ? <PageLoader /> : null}
      {!notices.isPending && items.length === 0 && !notices.error ? (
        <Text c="dimmed">{t("common.empty")}</Text>
      ) : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("notices.col.number")}</Table.Th>
                <Table.Th>{t("notices.col.subject")}</Table.Th>
                <Table.Th>{t("notices.col.issuedOn")}</Table.Th>
                <Table.Th>{t("notices.col.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <AnchorLink to="/notices/$noticeId" params={{ noticeId: n.id }}>
                      {noticeLabel({ ...n, issuedOn: null }, t("notices.unnumbered"))}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td maw={480}>
                    <Text size="sm" lineClamp={2}>
                      {n.subject}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDate(n.issuedOn)}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={
                        n.lifecycle === "draft" ? "yellow" : n.lifecycle === "published" ? "blue" : "gray"
                      }
                      style={{ textTransform: "none" }}
                    >
                      {t(`notices.lifecycle.${n.lifecycle}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {notices.hasNextPage ? (
        <Button
          variant="default"
          onClick={() => void notices.fetchNextPage()}
          loading={notices.isFetchingNextPage}
        >
          {t("common.loadMore")}
        </Button>
      ) : null}
    </Stack>
  );
}
