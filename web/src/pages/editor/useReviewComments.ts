import { listComments, resolveComment, type ReviewComment } from "../../api/reviews";
import { useRequest } from "../../hooks/useRequest";

export type ReviewCommentsState = {
  comments: ReviewComment[];
  open: number;
  /** Open comments of a section. */
  openOn(sectionId: string): ReviewComment[];
  resolve(c: ReviewComment): Promise<void>;
};

/** The approver's comments on the issue being edited; reloaded when the issue changes on the server. */
export function useReviewComments(issueRef: string, version: string | undefined): ReviewCommentsState {
  const { data, setData } = useRequest(() => listComments(issueRef), [issueRef, version]);
  const comments = data ?? [];
  return {
    comments,
    open: comments.filter((c) => c.status === "open").length,
    openOn: (id) => comments.filter((c) => c.sectionId === id && c.status === "open"),
    async resolve(c) {
      const done = await resolveComment(issueRef, c.id);
      setData(comments.map((x) => (x.id === done.id ? done : x)));
    },
  };
}
