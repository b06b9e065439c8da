import { formatDate } from "@kc/domain";
import { Alert, Button, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatMoney, toBigInt } from "../../../lib/money";
import { useBrandCap } from "./api";

type BrandCapHintProps = {
  cost?: string;
  supportAmount?: string;
  provinceId?: string;
  year?: number;
  applicationDate?: string;
  registrationDate?: string;
  projectId?: string;
  /** Puts the cap into the support amount. */
  onUseCap: (cap: string) => void;
};

/**
 * Norm h as the save will apply it: the cap (50 % of the cost, at most 35 triệu đồng, from the set in force at
 * the application date), how it was computed, and a warning before saving when the support is above it.
 */
export function BrandCapHint({ onUseCap, supportAmount, ...input }: BrandCapHintProps) {
  const { t } = useTranslation();
  const cap = useBrandCap(input);
  if (!input.cost) {
    return <Typography.Text type="secondary">{t("brands.capNeedsCost")}</Typography.Text>;
  }
  if (!cap.data) return null;
  const capDong = cap.data.capDong;
  const asked = toBigInt(supportAmount ?? null);
  const exceeded = capDong !== null && asked !== null && asked > BigInt(capDong);
  return (
    <Alert
      data-testid="brand-cap"
      type={exceeded ? "error" : capDong === null ? "warning" : "info"}
      showIcon
      title={capDong === null ? t("brands.capUnknown") : t("brands.capTitle", { cap: formatMoney(capDong) })}
      description={
        <Flex vertical gap={4}>
          <span>{cap.data.explanationVi}</span>
          {cap.data.normSet ? (
            <Typography.Text type="secondary">
              {t("brands.capNormDate", {
                set: cap.data.normSet.labelVi,
                date: formatDate(cap.data.normDate),
              })}
            </Typography.Text>
          ) : null}
          {exceeded ? <Typography.Text strong>{t("brands.capExceeded")}</Typography.Text> : null}
        </Flex>
      }
      action={
        capDong !== null && supportAmount !== capDong ? (
          <Button size="small" onClick={() => onUseCap(capDong)}>
            {t("brands.capFill")}
          </Button>
        ) : null
      }
    />
  );
}
