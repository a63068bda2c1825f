import { useEffect, useRef, useState } from "react";
import { Alert, Button, Modal, Progress, Steps } from "antd";
import { LoadingOutlined } from "@ant-design/icons";
import type { PublishJobView } from "@domain/publishing";
import { PUBLISH_STEPS } from "@domain/publishing";
import { getPublishJob, startPublish } from "../../api/issues";
import { messageOf } from "../../components/Feedback";

const STATUS = { pending: "wait", running: "process", done: "finish", failed: "error" } as const;
const POLL_MS = 400;

/**
 * Publishes the issue and shows the server's steps (校核, DOCX, PDF, HTML, 归档) as they
 * run, polled from the publish job; closes itself once published, keeps a failure open.
 */
export function PublishProgress({ issueRef, comment, onEnd }: { issueRef: string; comment?: string; onEnd(published: boolean): void }) {
  const [job, setJob] = useState<PublishJobView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // React's development double effect must not publish twice.
  const started = useRef(false);
  const end = useRef(onEnd);
  end.current = onEnd;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        let j = await startPublish(issueRef, comment);
        setJob(j);
        while (j.state === "running") {
          await new Promise((ok) => setTimeout(ok, POLL_MS));
          j = await getPublishJob(j.id);
          setJob(j);
        }
        if (j.state === "done") end.current(true);
        else setFailure(j.error?.message ?? "发布失败。");
      } catch (e) {
        setFailure(messageOf(e));
      }
    })();
  }, [issueRef, comment]);

  const steps = job?.steps ?? PUBLISH_STEPS.map(([key, label]) => ({ key, label, state: "pending" as const, ms: null }));
  const done = steps.filter((s) => s.state === "done").length;
  return (
    <Modal
      open
      title="正在发布本期"
      closable={!!failure}
      mask={{ closable: false }}
      onCancel={() => end.current(false)}
      footer={failure ? <Button onClick={() => end.current(false)}>关闭</Button> : null}
      width={640}
    >
      <div data-testid="publish-progress">
        <Steps
          size="small"
          items={steps.map((s) => ({
            title: s.label,
            status: STATUS[s.state],
            icon: s.state === "running" ? <LoadingOutlined /> : undefined,
            content: s.ms !== null ? `${(s.ms / 1000).toFixed(1)} 秒` : s.state === "running" ? "进行中" : undefined,
          }))}
          style={{ margin: "16px 0" }}
        />
        <Progress percent={Math.round((done / steps.length) * 100)} status={failure ? "exception" : done === steps.length ? "success" : "active"} />
        {failure ? <Alert type="error" showIcon title={`发布未完成：${failure}`} style={{ marginTop: 12 }} /> : null}
      </div>
    </Modal>
  );
}
