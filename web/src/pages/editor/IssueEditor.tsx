import { useCallback, useEffect, useState } from "react";
import { Alert, App, Splitter, Typography } from "antd";
import { findSection } from "@domain/tree";
import { correctIssue, ref as refOf, setOverrides } from "../../api/issues";
import { useUser } from "../../auth/AuthProvider";
import { can } from "../../auth/roles";
import { ErrorBox, Loading, messageOf } from "../../components/Feedback";
import { useUnsavedChanges } from "../../hooks/useUnsavedChanges";
import { AttachmentPanel } from "./AttachmentPanel";
import { EditorSidebar, type Selection } from "./EditorSidebar";
import { EditorToolbar } from "./EditorToolbar";
import { HeaderForm } from "./HeaderForm";
import { InspectionPicker } from "./InspectionPicker";
import { PreviewPane } from "./PreviewPane";
import { PeriodContext } from "./forms/common";
import { SaveBanners, SaveStatus } from "./SaveBanners";
import { SectionPanel } from "./SectionPanel";
import { addSection, nudgeSection, numberingOf, removeSection, setContent, updateSection } from "./treeOps";
import { useIssueEditor } from "./useIssueEditor";
import { useReviewComments } from "./useReviewComments";
import { ReviewComments } from "../../components/ReviewComments";

/** The editor fills the window under the app header (56 px) and the content padding (2 × 24 px). */
const EDITOR_HEIGHT = "calc(100vh - 56px - 48px)";

/** The editor of one issue: outline, the form of the selected part, and the page it makes. */
export function IssueEditor({ issueRef }: { issueRef: string }) {
  const user = useUser();
  const { message } = App.useApp();
  const ed = useIssueEditor(issueRef, { autosaveAs: user.id });
  const review = useReviewComments(issueRef, ed.issue?.updatedAt);
  const [selection, setSelection] = useState<Selection>({ type: "header" });
  const [tab, setTab] = useState("outline");
  const [correcting, setCorrecting] = useState(false);
  const editable = can(user.role, "editIssue") && (ed.editable || correcting);
  useUnsavedChanges(ed.dirty);

  // Ctrl+S saves, as in Word.
  const { save, dirty } = ed;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        if (dirty && editable && !correcting) save().then(() => message.success("已保存。"), (err) => message.error(messageOf(err)));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save, dirty, editable, correcting, message]);

  // Open the first section once the issue is there.
  useEffect(() => {
    if (ed.doc && selection.type === "header" && ed.doc.sections[0] && !ed.dirty) setSelection({ type: "section", id: ed.doc.sections[0].id });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ed.issue?.id]);

  const onOverride = useCallback(
    async (o: Parameters<typeof setOverrides>[1]) => {
      await setOverrides(issueRef, o);
      await ed.reload();
    },
    [issueRef, ed],
  );

  if (ed.loading && !ed.issue) return <Loading tip="正在打开周报……" />;
  if (ed.error && !ed.issue) return <ErrorBox error={ed.error} retry={ed.reload} />;
  if (!ed.issue || !ed.doc) return null;
  const { issue, doc } = ed;
  const numbers = numberingOf(doc.sections);
  const selected = selection.type === "section" ? findSection(doc.sections, selection.id) : undefined;
  const tree = (fn: (t: typeof doc.sections) => typeof doc.sections) => ed.setDoc((d) => ({ ...d, sections: fn(d.sections) }));

  return (
    // Every empty date picker of the editor opens on the month of the issue's period.
    <PeriodContext.Provider value={doc.period}><div style={{ display: "flex", flexDirection: "column", height: EDITOR_HEIGHT, minHeight: 520 }}>
      <EditorToolbar
        issue={issue}
        role={user.role}
        dirty={ed.dirty}
        saving={ed.saving}
        correcting={correcting}
        onSave={ed.save}
        status={<SaveStatus ed={ed} />}
        onDiscard={() => {
          ed.discard();
          setCorrecting(false);
        }}
        onAct={ed.act}
        onPublished={ed.reload}
        onStartCorrection={() => setCorrecting(true)}
        onSubmitCorrection={async (reason) => {
          ed.adopt(await correctIssue(refOf(issue), reason, doc));
          setCorrecting(false);
        }}
      />
      <SaveBanners ed={ed} />
      {issue.workflow.comment && issue.status !== "published" ? <Alert type="info" showIcon title={`流程意见：${issue.workflow.comment}`} style={{ marginBottom: 8 }} closable /> : null}
      {!ed.editable && !correcting ? (
        <Alert
          type={issue.status === "published" ? "success" : "warning"}
          showIcon
          style={{ marginBottom: 8 }}
          title={issue.status === "published" ? "本期已发布，内容已冻结。如需修改请点“更正”。" : issue.status === "review" ? "本期已提交审核，内容锁定；如需修改请退回草稿。" : issue.status === "approved" ? "本期已签发，等待编辑发布。" : "您的角色只能查看本期。"}
        />
      ) : null}
      {correcting ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} title="正在更正已发布的周报：修改完成后点“提交更正”并写明理由。" /> : null}
      <Splitter style={{ flex: 1, minHeight: 0, background: "#fff", borderRadius: 6, border: "1px solid #f0f0f0" }}>
        <Splitter.Panel defaultSize={250} min={220} max={480} style={{ padding: "0 12px", overflow: "auto" }}>
          <EditorSidebar
            issue={issue}
            tree={doc.sections}
            selection={selection}
            onSelect={setSelection}
            onTree={(t) => tree(() => t)}
            onAddTop={(k, h) => tree((t) => addSection(t, k, h, null, false))}
            editable={editable}
            dirty={ed.dirty}
            canReview={can(user.role, "reviewSubmissions")}
            tab={tab}
            onTab={setTab}
            onOverride={onOverride}
            onServerChange={ed.reload}
            review={review}
          />
        </Splitter.Panel>
        <Splitter.Panel min={360} style={{ padding: 12, overflow: "auto" }}>
          {selection.type === "header" ? <HeaderForm doc={doc} disabled={!editable} onChange={(patch) => ed.setDoc((d) => ({ ...d, ...patch }))} /> : null}
          {selection.type === "attachments" ? (
            <AttachmentPanel issueRef={issueRef} attachments={doc.attachments} editable={editable && !correcting} dirty={ed.dirty} onChange={(a) => ed.setDoc((d) => ({ ...d, attachments: a }))} onAttached={ed.reload} />
          ) : null}
          {selected && review.openOn(selected.id).length ? (
            <Alert type="warning" showIcon style={{ marginBottom: 8 }} data-testid="section-comments" title="本栏目有待处理的审阅意见" description={<ReviewComments comments={review.openOn(selected.id)} heading={selected.heading} onResolve={can(user.role, "reviewSubmissions") ? review.resolve : undefined} />} />
          ) : null}
          {selection.type === "section" && selected ? (
            <SectionPanel
              key={selected.id}
              section={selected}
              number={numbers.get(selected.id) ?? ""}
              disabled={!editable}
              onHeading={(h) => tree((t) => updateSection(t, selected.id, (s) => ({ ...s, heading: h })))}
              onContent={(c) => tree((t) => setContent(t, selected.id, c))}
              onVerbatim={(v) => tree((t) => updateSection(t, selected.id, (s) => ({ ...s, verbatim: v })))}
              onMove={(by) => tree((t) => nudgeSection(t, selected.id, by))}
              onRemove={() => {
                tree((t) => removeSection(t, selected.id));
                setSelection({ type: "header" });
              }}
              onAdd={(k, h, asChild) => tree((t) => addSection(t, k, h, selected.id, asChild))}
              extra={selected.content.kind === "inspection" && editable && !correcting ? <InspectionPicker issueRef={issueRef} dirty={ed.dirty} onAttached={ed.reload} /> : undefined}
            />
          ) : null}
          {selection.type === "section" && !selected ? <Typography.Text type="secondary">请在左侧目录中选择一个栏目。</Typography.Text> : null}
        </Splitter.Panel>
        <Splitter.Panel defaultSize="38%" min={260} collapsible style={{ padding: 12, overflow: "hidden" }}>
          <PreviewPane issueRef={issueRef} doc={doc} dirty={ed.dirty} savedAt={issue.updatedAt} />
        </Splitter.Panel>
      </Splitter>
    </div></PeriodContext.Provider>
  );
}
