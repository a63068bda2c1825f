import { useUser } from "../../auth/AuthProvider";
import { LiaisonSubmissions } from "./LiaisonSubmissions";
import { ReviewSubmissions } from "./ReviewSubmissions";

/** 部门报送: a liaison's own items; for the editor, every department's items to accept or return. */
export default function SubmissionsPage() {
  const user = useUser();
  return user.role === "liaison" ? <LiaisonSubmissions /> : <ReviewSubmissions />;
}
