import type { ReactNode } from "react";
import {
  AppstoreOutlined,
  AuditOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  EditOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FundOutlined,
  HomeOutlined,
  SendOutlined,
  SettingOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import type { Role } from "../api/types";

export type MenuEntry = { path: string; label: string; icon: ReactNode; roles: readonly Role[] | "all" };

/** The screens in menu order, and who sees each (DESIGN.md §1 roles). */
export const MENU: MenuEntry[] = [
  { path: "/", label: "首页", icon: <HomeOutlined />, roles: "all" },
  { path: "/editor", label: "本期编辑", icon: <EditOutlined />, roles: ["editor", "approver"] },
  { path: "/review", label: "审阅", icon: <FileDoneOutlined />, roles: ["approver", "editor"] },
  { path: "/submissions", label: "部门报送", icon: <SendOutlined />, roles: ["liaison", "editor", "approver"] },
  { path: "/inspection", label: "大厅巡查", icon: <AuditOutlined />, roles: ["inspector", "editor", "approver"] },
  { path: "/assessment", label: "月度考核", icon: <TrophyOutlined />, roles: ["assessor", "editor", "approver"] },
  { path: "/stats", label: "统计数据", icon: <BarChartOutlined />, roles: ["editor", "admin"] },
  { path: "/archive", label: "往期归档", icon: <FileSearchOutlined />, roles: "all" },
  { path: "/dashboard", label: "数据看板", icon: <FundOutlined />, roles: "all" },
  { path: "/province", label: "全省汇总", icon: <ApartmentOutlined />, roles: ["province"] },
  { path: "/import", label: "导入", icon: <CloudUploadOutlined />, roles: ["admin", "editor"] },
  { path: "/settings", label: "系统设置", icon: <SettingOutlined />, roles: ["admin", "editor", "province"] },
];

export const BRAND_ICON = <AppstoreOutlined />;

/** The menu entries a role sees. */
export function menuFor(role: Role): MenuEntry[] {
  return MENU.filter((m) => m.roles === "all" || m.roles.includes(role));
}

/** The menu entry a path belongs to ("/archive/2023-49" → 往期归档). */
export function entryOf(pathname: string): MenuEntry | undefined {
  return [...MENU].sort((a, b) => b.path.length - a.path.length).find((m) => (m.path === "/" ? pathname === "/" : pathname.startsWith(m.path)));
}
