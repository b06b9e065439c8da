import { Alert, Button, Flex } from "antd";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./error-alert";

type Props = {
  /** Another user saved the record since it was opened (409 VERSION_CONFLICT). */
  conflict: boolean;
  /** What the user should do about the conflict, in the form's own words. */
  conflictHint: string;
  reloading: boolean;
  onReload: () => void;
  /** A refusal that belongs to no field. */
  error: unknown;
};

/**
 * The refusals a record form shows above its fields: a version conflict with a reload button, and any error no
 * field owns. They are scrolled into view when they appear, since Save, at the bottom, was what the user clicked.
 */
export function FormRefusals({ conflict, conflictHint, reloading, onReload, error }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict || error) box.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [conflict, error]);
  if (!conflict && !error) return null;
  return (
    <Flex vertical gap={8} ref={box}>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          title={t("errors.versionConflict")}
          description={conflictHint}
          action={
            <Button size="small" loading={reloading} onClick={onReload}>
              {t("common.reload")}
            </Button>
          }
        />
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
    </Flex>
  );
}
