import { EditOutlined } from "@ant-design/icons";
import { Button, Flex, Tooltip } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import type { ProjectDetail } from "../../../api/types";
import { useCodeLabel } from "../labels";
import { editProjectPath } from "../paths";
import { blockedReason, StepChecklist } from "./step-checklist";
import { StepModal } from "./step-modal";

/** Step names are long ("Đề nghị điều chỉnh, bổ sung, gia hạn hoặc ngừng"): on a phone they wrap, not clip. */
const WRAPPING = {
  maxWidth: "100%",
  height: "auto",
  minHeight: 32,
  whiteSpace: "normal",
  textAlign: "left",
} as const;

type StepActionsProps = { project: ProjectDetail; onReload: () => void };

/**
 * What the signed-in user may do on this project now, as the server computed it: edit the dossier, and one button
 * per lifecycle step. A step the server would refuse is greyed with its reason; the others open their guided
 * form, and the one that moves the project forward is the main button. Below, each step's checklist.
 */
export function StepActions({ project, onReload }: StepActionsProps) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState<string | null>(null);
  const step = project.actions.steps.find((candidate) => candidate.code === open && candidate.available);
  // A step's form closes itself once the server has answered, and by then the new page may already be shown and
  // the user may have opened the next step: closing "whatever is open" would swallow that click.
  const closeStep = (code: string) => setOpen((current) => (current === code ? null : current));

  return (
    <>
      <Flex gap={8} wrap data-testid="project-actions">
        {project.actions.edit ? (
          <Button
            icon={<EditOutlined />}
            onClick={() => void navigate(editProjectPath(project.id), { state: location.state })}
          >
            {t("projects.editDossier")}
          </Button>
        ) : null}
        {project.actions.steps.map((candidate) => {
          const text = label("steps", candidate.code, candidate.label);
          if (!candidate.available) {
            // Greyed, never the main button: the server would refuse it, and the checklist below says why.
            return (
              <Tooltip key={candidate.code} title={blockedReason(candidate)}>
                <span>
                  <Button disabled data-blocked-step={candidate.code} style={WRAPPING}>
                    {text}
                  </Button>
                </span>
              </Tooltip>
            );
          }
          return (
            <Button
              key={candidate.code}
              type={candidate.primary ? "primary" : "default"}
              danger={candidate.direction === "END"}
              style={WRAPPING}
              onClick={() => setOpen(candidate.code)}
            >
              {text}
            </Button>
          );
        })}
        {step ? (
          <StepModal
            key={step.code}
            project={project}
            step={step}
            onClose={() => closeStep(step.code)}
            onReload={() => {
              closeStep(step.code);
              onReload();
            }}
          />
        ) : null}
      </Flex>
      <StepChecklist steps={project.actions.steps} />
    </>
  );
}
