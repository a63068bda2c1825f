import { archiveRoutes } from "./archive/route.js";
import { assessmentRoutes } from "./assessments/route.js";
import { auditRoutes } from "./audit/route.js";
import { authRoutes } from "./auth/route.js";
import { calendarRoutes } from "./calendar/route.js";
import { centerRoutes } from "./centers/route.js";
import { dashboardRoutes } from "./dashboard/route.js";
import type { RouteModule } from "./common.js";
import { departmentRoutes } from "./departments/route.js";
import { importRoutes } from "./imports/route.js";
import { inspectionRoutes } from "./inspections/route.js";
import { issueDocumentRoutes } from "./issues/documentRoute.js";
import { issueRoutes } from "./issues/route.js";
import { issueWorkflowRoutes } from "./issues/workflowRoute.js";
import { issuePublishRoutes } from "./issues/publishRoute.js";
import { ledgerRoutes } from "./ledger/route.js";
import { settingsRoutes } from "./settings/route.js";
import { submissionRoutes } from "./submissions/route.js";
import { templateRoutes } from "./templates/route.js";
import { tokenRoutes } from "./tokens/route.js";
import { userRoutes } from "./users/route.js";
import { recipientRoutes } from "./recipients/route.js";
import { webhookRoutes } from "./webhooks/route.js";
import { deliveryRoutes } from "./deliveries/route.js";
import { notificationRoutes } from "./notifications/route.js";
import { scheduleRoutes } from "./schedules/route.js";
import { reviewRoutes } from "./reviews/route.js";
import { provinceRoutes } from "./province/route.js";

/** Every API resource; a new resource is one folder here and one line below. */
export const ROUTE_MODULES: RouteModule[] = [
  authRoutes,
  issueRoutes,
  issueWorkflowRoutes,
  issuePublishRoutes,
  issueDocumentRoutes,
  submissionRoutes,
  inspectionRoutes,
  assessmentRoutes,
  departmentRoutes,
  userRoutes,
  calendarRoutes,
  settingsRoutes,
  auditRoutes,
  archiveRoutes,
  dashboardRoutes,
  importRoutes,
  ledgerRoutes,
  templateRoutes,
  tokenRoutes,
  // Distribution, webhooks, reminders (issue 21).
  recipientRoutes,
  webhookRoutes,
  deliveryRoutes,
  notificationRoutes,
  scheduleRoutes,
  // The approver's 审阅 and comments per section (issue 18).
  reviewRoutes,
  // The province roll-up (issue 19).
  provinceRoutes,
  // Centers of a province deployment (issue 19).
  centerRoutes,
];
