import { useParams } from "react-router-dom";
import { CurrentIssue } from "./CurrentIssue";
import { IssueEditor } from "./IssueEditor";

/** 本期编辑: /editor opens the current draft (or offers to start it); /editor/2026-46 a given issue. */
export default function EditorPage() {
  const { ref } = useParams();
  if (!ref) return <CurrentIssue />;
  return <IssueEditor key={ref} issueRef={ref} />;
}
