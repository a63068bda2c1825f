import { useState } from "react";
import { App, Button, Modal, Tag, Typography } from "antd";
import { ItemList, ItemRow } from "../../components/ItemList";
import { ImportOutlined } from "@ant-design/icons";
import { chineseDate } from "@domain/present/dates";
import { attachInspection, listInspections } from "../../api/inspections";
import { ErrorBox, Loading, messageOf, Nothing } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";

/** Takes the inspector's record of this week into the issue's 大厅巡查 section. */
export function InspectionPicker({ issueRef, dirty, onAttached }: { issueRef: string; dirty: boolean; onAttached(): Promise<void> }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<number | null>(null);
  const { data, loading, error, reload } = useRequest(() => listInspections(issueRef), [issueRef, open], open);
  const attach = async (id: number) => {
    setBusy(id);
    try {
      await attachInspection(id);
      message.success("已采用巡查记录。");
      setOpen(false);
      await onAttached();
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Button icon={<ImportOutlined />} disabled={dirty} title={dirty ? "请先保存当前修改" : undefined} onClick={() => setOpen(true)}>
        采用巡查员的记录
      </Button>
      <Modal title="本期的巡查记录" open={open} footer={null} onCancel={() => setOpen(false)} width={640}>
        {loading ? <Loading /> : error ? <ErrorBox error={error} retry={reload} /> : !data?.length ? <Nothing text="巡查员还没有记录本期的大厅巡查。" /> : (
          <ItemList
            items={data}
            rowKey={(i) => i.id}
            render={(i) => (
                <ItemRow
                  actions={<Button type="primary" size="small" loading={busy === i.id} onClick={() => attach(i.id)}>采用</Button>}
                  title={
                    <span>
                      {chineseDate(i.inspectedOn)} · {i.inspector} {i.attachedAt ? <Tag color="green">已采用</Tag> : null}
                    </span>
                  }
                  description={<Typography.Text type="secondary">{i.items.filter((x) => x.verdict !== "总体情况良好。").length ? `${i.items.filter((x) => x.verdict !== "总体情况良好。").length} 项有问题` : "六项均为总体情况良好"}</Typography.Text>}
                />
            )}
          />
        )}
      </Modal>
    </>
  );
}
