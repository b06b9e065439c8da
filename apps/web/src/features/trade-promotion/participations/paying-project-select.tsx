import { useQuery } from "@tanstack/react-query";
import type { SelectProps } from "antd";
import type { ProjectDetail } from "../../../api/types";
import { api } from "../../../lib/api";
import { ProjectSelect } from "../showrooms/project-select";

type Props = Omit<SelectProps<string>, "options" | "showSearch" | "mode"> & {
  /** The project already recorded, so an edit shows its code and title rather than a bare id. */
  projectId: string | null;
};

/**
 * The project (đề án) that pays a participation's support: the picker brands and showrooms use. A participation
 * carries only the project's id, so the recorded one is looked up once for its label.
 */
export function PayingProjectSelect({ projectId, ...props }: Props) {
  const recorded = useQuery({
    queryKey: ["projects", "detail", projectId],
    queryFn: ({ signal }) =>
      api.get<ProjectDetail>(`/projects/${encodeURIComponent(projectId ?? "")}`, { signal }),
    enabled: projectId !== null,
  });
  const initialOption = recorded.data
    ? { value: recorded.data.id, label: `${recorded.data.code} — ${recorded.data.title}` }
    : null;
  return <ProjectSelect {...props} initialOption={initialOption} />;
}
