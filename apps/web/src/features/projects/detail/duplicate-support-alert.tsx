import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DuplicateSupport } from "../../../api/types";
import { useCodeLabel } from "../labels";
import { projectPath } from "../paths";

/**
 * E9 (duplicate support): other projects the user may see that support the same establishment for the same
 * item or content in an overlapping period, with links to them. A warning, not a refusal.
 */
export function DuplicateSupportAlert({ duplicates }: { duplicates: DuplicateSupport[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  if (duplicates.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t("projects.duplicates.title")}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="duplicate-support">
          {duplicates.map((d) => (
            <li key={`${d.projectId}-${d.establishmentId}-${d.content}`}>
              {t("projects.duplicates.item", {
                establishment: d.establishmentName,
                content: label("activities", d.content),
                match:
                  d.matchedOn === "ITEM"
                    ? t("projects.duplicates.sameItem")
                    : t("projects.duplicates.sameContent"),
              })}{" "}
              <Link to={projectPath(d.projectId)}>
                {d.code} — {d.title}
              </Link>
            </li>
          ))}
        </ul>
      }
    />
  );
}
