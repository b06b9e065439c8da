import { Navigate } from "react-router";
import { useCurrentUser } from "../auth/current-user";
import { isVisible, navigation } from "./navigation";

/**
 * `/app` opens the first module of the menu the user may see: the dashboard for those who read it, the user
 * list for an administrator, the projects for an implementer — never a 403 page on sign-in.
 */
export function HomeRedirect() {
  const me = useCurrentUser();
  const first = navigation.find((item) => !item.coming && !item.children && isVisible(item, me.abilities));
  return <Navigate to={`/app/${first?.path ?? "danh-muc"}`} replace />;
}
