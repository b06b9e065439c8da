import { type Confidence, confidenceCodes } from "@kc/domain";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const colors: Record<Confidence, string> = { CONFIRMED: "green", SECONDARY: "gold", UNCONFIRMED: "red" };

function isConfidence(value: string): value is Confidence {
  return (confidenceCodes as readonly string[]).includes(value);
}

/** How well a fact is sourced (DOMAIN §0.1): confirmed, secondary source, or unconfirmed. */
export function ConfidenceTag({ value }: { value: string }) {
  const { t } = useTranslation();
  if (!isConfidence(value)) return <Tag>{value}</Tag>;
  return <Tag color={colors[value]}>{t(`confidence.${value}`)}</Tag>;
}
