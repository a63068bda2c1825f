import { useState } from "react";
import { App, Button, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import { acceptSubmission, pageSubmissions, returnSubmission, STATUS_COLORS, type Submission } from "../../api/submissions";
import { listIssues, ref } from "../../api/issues";
import type { SubmissionStatus } from "../../api/types";
import { useUser } from "../../auth/AuthProvider";
import { can } from "../../auth/roles";
import { ErrorBox, messageOf } from "../../components/Feedback";
import { useDepartments } from "../../hooks/useDepartments";
import { useRequest } from "../../hooks/useRequest";
import { SubmissionText } from "./SubmissionText";

const PAGE_SIZE = 15;

/** Every department's items, filtered by issue, state and department; the editor accepts or returns them. */
export function ReviewSubmissions() {
  const user = useUser();
  const { message } = App.useApp();
  const { departments } = useDepartments();
  const issues = useRequest(() => listIssues({ limit: 30 }), []);
  const [issue, setIssue] = useState<string | undefined>();
  const [status, setStatus] = useState<SubmissionStatus | undefined>("submitted");
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  // Paged on the server: every department's submissions over the years outgrow one answer.
  const list = useRequest(() => pageSubmissions({ issue, status, departmentId, page, pageSize: PAGE_SIZE }), [issue, status, departmentId, page]);
  const filter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
  const [returning, setReturning] = useState<Submission | null>(null);
  const [comment, setComment] = useState("");
  const review = can(user.role, "reviewSubmissions");

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
      await list.reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Space wrap>
        <Select aria-label="期号" allowClear placeholder="全部期号" style={{ width: 180 }} value={issue} onChange={filter(setIssue)} options={(issues.data ?? []).map((i) => ({ value: ref(i), label: `${i.year}年第${i.seq}期` }))} />
        <Select
          aria-label="状态"
          allowClear
          placeholder="全部状态"
          style={{ width: 140 }}
          value={status}
          onChange={filter(setStatus)}
          options={[
            { value: "submitted", label: "已报送（待处理）" },
            { value: "accepted", label: "已采用" },
            { value: "returned", label: "已退回" },
            { value: "draft", label: "草稿" },
          ]}
        />
        <Select aria-label="部门" allowClear showSearch={{ optionFilterProp: "label" }} placeholder="全部部门" style={{ width: 220 }} value={departmentId} onChange={filter(setDepartmentId)} options={departments.map((d) => ({ value: d.id!, label: d.name }))} />
      </Space>
      {list.error ? <ErrorBox error={list.error} retry={list.reload} /> : null}
      <Table<Submission>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.submissions}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (n) => `共 ${n} 条` }}
        locale={{ emptyText: "没有符合条件的报送" }}
        columns={[
          { title: "期号", dataIndex: "issue", width: 90, render: (v) => v ?? "—" },
          { title: "部门", dataIndex: "department", width: 160 },
          { title: "类型", dataIndex: "kindLabel", width: 130 },
          { title: "内容", render: (_, s) => <SubmissionText s={s} /> },
          { title: "状态", width: 170, render: (_, s) => (<><Tag color={STATUS_COLORS[s.status]}>{s.statusLabel}</Tag>{s.comment ? <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>意见：{s.comment}</Typography.Paragraph> : null}</>) },
          {
            title: "操作",
            width: 140,
            render: (_, s) =>
              review && s.status === "submitted" ? (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => act(() => acceptSubmission(s.id), `已采用${s.department}的报送，已放入本期栏目。`)}>
                    采用
                  </Button>
                  <Button type="link" size="small" danger onClick={() => (setReturning(s), setComment(""))}>
                    退回
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal
        title={`退回${returning?.department ?? ""}的报送`}
        open={!!returning}
        okText="退回"
        cancelText="取消"
        okButtonProps={{ disabled: comment.trim().length < 2 }}
        onCancel={() => setReturning(null)}
        onOk={() => act(() => returnSubmission(returning!.id, comment.trim()), "已退回，联络员将看到您的意见。").then(() => setReturning(null))}
      >
        <Typography.Paragraph type="secondary">请写明需要修改的地方，联络员会在“部门报送”中看到这条意见。</Typography.Paragraph>
        <Input.TextArea aria-label="退回意见" autoSize={{ minRows: 3 }} maxLength={500} showCount value={comment} onChange={(e) => setComment(e.target.value)} />
      </Modal>
    </Space>
  );
}
