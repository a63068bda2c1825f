import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { createBrowserRouter, Navigate, Outlet, useLocation } from "react-router-dom";
import { useAuth } from "./auth/AuthProvider";
import { Loading, NotFound } from "./components/Feedback";
import { AppLayout } from "./layout/AppLayout";
import LoginPage from "./pages/login/LoginPage";
import HomePage from "./pages/home/HomePage";
import { FirstPasswordPage } from "./pages/login/FirstPasswordPage";
import { SessionDialog } from "./auth/SessionDialog";

// Heavy screens load when first opened, so the first visit stays small.
const page = (load: () => Promise<{ default: ComponentType }>): LazyExoticComponent<ComponentType> => lazy(load);
const EditorPage = page(() => import("./pages/editor/EditorPage"));
const SubmissionsPage = page(() => import("./pages/submissions/SubmissionsPage"));
const InspectionPage = page(() => import("./pages/inspection/InspectionPage"));
const AssessmentPage = page(() => import("./pages/assessment/AssessmentPage"));
const StatsPage = page(() => import("./pages/stats/StatsPage"));
const ArchivePage = page(() => import("./pages/archive/ArchivePage"));
const ArchiveReader = page(() => import("./pages/archive/ArchiveReader"));
const DashboardPage = page(() => import("./pages/dashboard/DashboardPage"));
const ImportPage = page(() => import("./pages/import/ImportPage"));
const SettingsPage = page(() => import("./pages/settings/SettingsPage"));
const ReviewPage = page(() => import("./pages/review/ReviewPage"));
const ProvincePage = page(() => import("./pages/province/ProvincePage"));

/** Lets only signed-in users through; others go to 登录 and come back afterwards. */
function RequireUser() {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading tip="正在检查登录状态……" />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (user.mustChangePassword) return <FirstPasswordPage />;
  return (
    <>
      <Outlet />
      <SessionDialog />
    </>
  );
}

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  {
    element: <RequireUser />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: "editor", element: <EditorPage /> },
          { path: "editor/:ref", element: <EditorPage /> },
          { path: "review", element: <ReviewPage /> },
          { path: "review/:ref", element: <ReviewPage /> },
          { path: "submissions", element: <SubmissionsPage /> },
          { path: "inspection", element: <InspectionPage /> },
          { path: "assessment", element: <AssessmentPage /> },
          { path: "stats", element: <StatsPage /> },
          { path: "archive", element: <ArchivePage /> },
          { path: "archive/:ref", element: <ArchiveReader /> },
          { path: "dashboard", element: <DashboardPage /> },
          { path: "import", element: <ImportPage /> },
          { path: "province", element: <ProvincePage /> },
          { path: "settings", element: <SettingsPage /> },
          { path: "settings/:tab", element: <SettingsPage /> },
          { path: "*", element: <NotFound /> },
        ],
      },
    ],
  },
]);
