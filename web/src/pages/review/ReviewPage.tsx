import { Navigate, useParams } from "react-router-dom";
import { listIssues, ref } from "../../api/issues";
import { ErrorBox, Loading, Nothing } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";
import { IssueReview } from "./IssueReview";

// Which issue /review opens: the one awaiting 签发 first, then one signed but not yet published, then the draft.
const ORDER = ["review", "approved", "draft"] as const;

/** 审阅: /review opens the issue awaiting approval; /review/2026-47 a given issue. */
export default function ReviewPage() {
  const { ref: issueRef } = useParams();
  const { data, loading, error, reload } = useRequest(() => listIssues({ limit: 10 }), [], !issueRef);
  if (issueRef) return <IssueReview key={issueRef} issueRef={issueRef} />;
  if (loading) return <Loading tip="正在查找待审阅的周报……" />;
  if (error) return <ErrorBox error={error} retry={reload} />;
  for (const status of ORDER) {
    const open = data?.find((i) => i.status === status);
    if (open) return <Navigate to={`/review/${ref(open)}`} replace />;
  }
  return <Nothing text="目前没有待审阅的周报。" />;
}
