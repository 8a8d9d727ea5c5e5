/** TaskDetailPage — the route `/tasks/$taskId`: the task detail for the signed-in user's role. */
import { Stack } from "@mantine/core";
import { useSuspenseQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { sessionQuery } from "../auth/session.js";
import { AnchorLink } from "../components/anchor-link.js";
import { DatesLocale } from "../components/dates-locale.js";
import { TaskDetail } from "./task/task-detail.js";

const route = getRouteApi("/app/tasks/$taskId");

export function TaskDetailPage() {
  const { t } = useTranslation();
  const { taskId } = route.useParams();
  const { data: user } = useSuspenseQuery(sessionQuery);
  return (
    <Stack>
      <AnchorLink to="/tasks" size="sm">
        ← {t("task.backToList")}
      </AnchorLink>
      <DatesLocale>
        <TaskDetail
          taskId={taskId}
          role={user?.role ?? "agency_officer"}
          {...(user ? { userId: user.id, agencyId: user.agencyId } : {})}
        />
      </DatesLocale>
    </Stack>
  );
}
