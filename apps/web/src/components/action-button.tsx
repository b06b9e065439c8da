import { Button, type ButtonProps, Grid, Popconfirm, type PopconfirmProps, Tooltip, Typography } from "antd";
import { useId } from "react";
import type { ActionAvailability } from "../api/types";

/** Why the server would refuse the action now, in one line. */
export function refusalText(action: Pick<ActionAvailability, "reasons">): string {
  return action.reasons.map((reason) => reason.messageVi).join("; ");
}

type ActionButtonProps = Omit<ButtonProps, "disabled"> & {
  /** The action as the server offered it; absent when it is not the caller's to take (nothing is shown). */
  action: ActionAvailability | undefined;
  /** Asked before an available action runs (disabling an account, archiving a record). */
  confirm?: Omit<PopconfirmProps, "children">;
};

/**
 * A button for one action of a record, as the server judged it (issue 14, item 2). Available, it is an ordinary
 * button (behind its confirmation, if any). Refused, it is greyed and never opens a form: the reasons are in a
 * tooltip on a wide screen and written under the button on a phone, where nothing hovers, and screen readers
 * hear them as the button's description either way.
 */
export function ActionButton({ action, confirm, children, ...buttonProps }: ActionButtonProps) {
  const screens = Grid.useBreakpoint();
  const reasonId = useId();
  if (!action) return null;
  if (action.available) {
    const button = <Button {...buttonProps}>{children}</Button>;
    return confirm ? <Popconfirm {...confirm}>{button}</Popconfirm> : button;
  }
  const reason = refusalText(action);
  const phone = screens.md === false;
  const { onClick: _ignored, loading: _notRunning, ...shown } = buttonProps;
  return (
    <span
      data-refused-action
      style={{ display: "inline-flex", flexDirection: "column", alignItems: "flex-start", maxWidth: "100%" }}
    >
      <Tooltip title={phone ? undefined : reason}>
        {/* A disabled button fires no mouse events: the span carries the tooltip's hover. */}
        <span style={{ display: "inline-block", cursor: "not-allowed" }}>
          <Button {...shown} disabled aria-describedby={reasonId}>
            {children}
          </Button>
        </span>
      </Tooltip>
      <Typography.Text
        id={reasonId}
        type="secondary"
        style={
          phone
            ? { fontSize: 12, whiteSpace: "normal", overflowWrap: "break-word" }
            : { position: "absolute", width: 1, height: 1, overflow: "hidden", clipPath: "inset(50%)" }
        }
      >
        {reason}
      </Typography.Text>
    </span>
  );
}
