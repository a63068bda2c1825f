import { lazy, Suspense } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { Tabs } from "antd";
import { useUser } from "../../auth/AuthProvider";
import type { Role } from "../../api/types";
import { Forbidden, Loading } from "../../components/Feedback";

const CenterTab = lazy(() => import("./CenterTab"));
const DepartmentsTab = lazy(() => import("./DepartmentsTab"));
const UsersTab = lazy(() => import("./UsersTab"));
const TemplatesTab = lazy(() => import("./TemplatesTab"));
const CalendarTab = lazy(() => import("./CalendarTab"));
const AuditTab = lazy(() => import("./AuditTab"));
const TokensTab = lazy(() => import("./TokensTab"));
const DistributionTab = lazy(() => import("./DistributionTab"));
const DeliveriesTab = lazy(() => import("./DeliveriesTab"));
const CentersTab = lazy(() => import("./CentersTab"));

const TABS: { key: string; label: string; roles: Role[]; Tab: React.ComponentType }[] = [
  { key: "center", label: "中心与分发范围", roles: ["admin"], Tab: CenterTab },
  { key: "departments", label: "部门与简称", roles: ["admin"], Tab: DepartmentsTab },
  { key: "users", label: "用户与角色", roles: ["admin"], Tab: UsersTab },
  { key: "templates", label: "栏目模板", roles: ["admin", "editor"], Tab: TemplatesTab },
  { key: "calendar", label: "节假日调整", roles: ["admin"], Tab: CalendarTab },
  { key: "tokens", label: "接口令牌", roles: ["admin"], Tab: TokensTab },
  { key: "audit", label: "操作日志", roles: ["admin", "editor"], Tab: AuditTab },
  { key: "distribution", label: "分发与提醒", roles: ["admin"], Tab: DistributionTab },
  { key: "deliveries", label: "分发记录", roles: ["admin", "editor"], Tab: DeliveriesTab },
  { key: "centers", label: "中心管理", roles: ["province"], Tab: CentersTab },
];

/** 系统设置: one tab per thing an admin maintains; an editor sees templates and the audit log, a province user 中心管理. */
export default function SettingsPage() {
  const user = useUser();
  const navigate = useNavigate();
  const { tab } = useParams();
  const mine = TABS.filter((t) => t.roles.includes(user.role));
  if (!mine.length) return <Forbidden />;
  const active = mine.find((t) => t.key === tab) ?? mine[0];
  return (
    <Tabs
      activeKey={active.key}
      onChange={(k) => navigate(`/settings/${k}`)}
      destroyOnHidden
      items={mine.map((t) => ({
        key: t.key,
        label: t.label,
        children: (
          <Suspense fallback={<Loading />}>
            <t.Tab />
          </Suspense>
        ),
      }))}
    />
  );
}
