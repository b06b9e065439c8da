import { Card, Typography } from "antd";
import type { ReactNode } from "react";

/** A block's title as a level-2 heading, so screen-reader users can jump between blocks. */
function SectionTitle({ title }: { title: string }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
      {title}
    </Typography.Title>
  );
}

/** One titled block of a form, in a card. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card variant="outlined" title={<SectionTitle title={title} />}>
      {children}
    </Card>
  );
}

/** A titled block of a record's tab, without a card; `extra` (a button) sits right of the title. */
export function Section({
  title,
  extra,
  children,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-label={title}>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          gap: 12,
          marginBottom: 8,
        }}
      >
        <SectionTitle title={title} />
        {extra}
      </div>
      {children}
    </section>
  );
}
