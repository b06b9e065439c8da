import {
  CheckOutlined,
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  QuestionCircleOutlined,
  SafetyOutlined,
} from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Avatar, Button, Dropdown, Flex, type MenuProps } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { changeLanguage, type Language } from "../../i18n";
import { initials } from "../../lib/format";
import { HELP_ROOT } from "../../lib/help-modules";
import { accountPaths, useSignOut } from "../auth/api";
import { useCurrentUser } from "../auth/current-user";

/** Header account area: who is signed in (role and data scope), language, security, sign-out. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const language: Language = i18n.language === "en" ? "en" : "vi";

  const items: MenuProps["items"] = [
    {
      key: "profile",
      type: "group",
      label: (
        <div className="kc-user-card">
          <span>{me.email}</span>
          <span>{me.twoFactorEnabled ? t("userMenu.twoFactorOn") : t("userMenu.twoFactorOff")}</span>
        </div>
      ),
    },
    { type: "divider" },
    {
      key: "language",
      type: "group",
      label: t("language.label"),
      children: (["vi", "en"] as const).map((code) => ({
        key: `language:${code}`,
        label: t(`language.${code}`),
        icon: <CheckOutlined style={{ visibility: code === language ? "visible" : "hidden" }} />,
      })),
    },
    { type: "divider" },
    { key: "security", label: t("userMenu.security"), icon: <SafetyOutlined /> },
    { key: "help", label: t("userMenu.help"), icon: <QuestionCircleOutlined /> },
    { key: "password", label: t("account.changeTitle"), icon: <KeyOutlined /> },
  ];

  const onClick: MenuProps["onClick"] = ({ key }) => {
    if (key === "security") void navigate("/app/tai-khoan/bao-mat");
    else if (key === "help") void navigate(HELP_ROOT);
    else if (key === "password") void navigate(accountPaths.changePassword);
    else if (key === "language:vi" || key === "language:en")
      void changeLanguage(key === "language:en" ? "en" : "vi");
  };

  const onSignOut = () => {
    signOut.mutate(undefined, {
      onSettled: async () => {
        await navigate("/dang-nhap", { replace: true });
        queryClient.clear();
      },
    });
  };

  return (
    <Flex align="center" gap={8}>
      <Dropdown menu={{ items, onClick }} trigger={["click"]} placement="bottomRight">
        <Button type="text" className="kc-user-trigger">
          <Avatar size="small" className="kc-avatar" aria-hidden>
            {initials(me.name)}
          </Avatar>
          <span className="kc-user-text">
            <span className="kc-user-name">{me.name}</span>
            <span className="kc-user-role">
              <span>{me.roleLabel}</span>
              <span aria-hidden> · </span>
              <span>{me.scope.label}</span>
            </span>
          </span>
          <DownOutlined aria-hidden style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <Button
        icon={<LogoutOutlined />}
        className="kc-signout"
        loading={signOut.isPending}
        onClick={onSignOut}
      >
        <span className="kc-signout-label">{t("userMenu.signOut")}</span>
      </Button>
    </Flex>
  );
}
