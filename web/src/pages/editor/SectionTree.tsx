import type { CSSProperties } from "react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Badge, Tag, Tooltip } from "antd";
import { HolderOutlined } from "@ant-design/icons";
import type { Section } from "@domain/model/section";
import { SECTION_KIND_LABELS } from "@domain/model/section";
import { moveSection, numberingOf } from "./treeOps";
import { unreviewedIn } from "./verbatim";

type Props = {
  tree: Section[];
  selected: string | null;
  onSelect(id: string): void;
  onChange(tree: Section[]): void;
  /** Findings per section id, shown as a red or orange dot. */
  problems: Map<string, "error" | "warning">;
  readOnly?: boolean;
};

/**
 * The outline. Sections are dragged by their handle (or moved with the keyboard:
 * focus the handle, Space, arrows, Space) among the sections of the same parent.
 */
export function SectionTree({ tree, selected, onSelect, onChange, problems, readOnly }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const numbers = numberingOf(tree);
  const onDragEnd = (e: DragEndEvent) => {
    if (e.over && e.active.id !== e.over.id) onChange(moveSection(tree, String(e.active.id), String(e.over.id)));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <Level list={tree} depth={0} numbers={numbers} selected={selected} onSelect={onSelect} problems={problems} readOnly={readOnly} />
    </DndContext>
  );
}

type LevelProps = Omit<Props, "tree" | "onChange"> & { list: Section[]; depth: number; numbers: Map<string, string> };

function Level({ list, depth, ...rest }: LevelProps) {
  return (
    <SortableContext items={list.map((s) => s.id)} strategy={verticalListSortingStrategy}>
      {list.map((s) => (
        <Node key={s.id} section={s} depth={depth} {...rest} />
      ))}
    </SortableContext>
  );
}

function Node({ section, depth, numbers, selected, onSelect, problems, readOnly }: Omit<LevelProps, "list"> & { section: Section }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: section.id, disabled: readOnly });
  const isSelected = selected === section.id;
  const problem = problems.get(section.id);
  const row: CSSProperties = {
    display: "flex",
    alignItems: "center",
    gap: 4,
    padding: "6px 8px",
    paddingLeft: 8 + depth * 16,
    borderRadius: 4,
    cursor: "pointer",
    background: isSelected ? "#e6f4ff" : isDragging ? "#fafafa" : undefined,
    boxShadow: isDragging ? "0 2px 8px rgba(0,0,0,.15)" : undefined,
  };
  return (
    <div ref={setNodeRef} style={{ transform: CSS.Translate.toString(transform), transition, position: "relative", zIndex: isDragging ? 2 : undefined }}>
      <div style={row} onClick={() => onSelect(section.id)} data-testid="tree-node" data-section-id={section.id} aria-selected={isSelected} role="treeitem">
        {readOnly ? null : (
          <Tooltip title="拖动以调整顺序">
            <span
              ref={setActivatorNodeRef}
              {...attributes}
              {...listeners}
              aria-label={`拖动调整“${section.heading}”的顺序`}
              style={{ cursor: "grab", color: "#999", padding: "0 2px", touchAction: "none" }}
              data-testid="drag-handle"
              onClick={(e) => e.stopPropagation()}
            >
              <HolderOutlined />
            </span>
          </Tooltip>
        )}
        <span style={{ flex: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", fontWeight: section.level <= 1 ? 500 : 400 }} title={section.heading}>
          {numbers.get(section.id)}
          {section.heading}
        </span>
        {problem ? <Badge status={problem === "error" ? "error" : "warning"} /> : null}
        {unreviewedIn(section) ? (
          <Tooltip title="有导入时未能识别的原文段落，请核对">
            <Tag style={{ marginInlineEnd: 0, fontSize: 11 }} color="warning">
              待核对 {unreviewedIn(section)}
            </Tag>
          </Tooltip>
        ) : null}
        <Tag style={{ marginInlineEnd: 0, fontSize: 11 }} color={kindColor(section.content.kind)}>
          {SECTION_KIND_LABELS[section.content.kind]}
        </Tag>
      </div>
      {section.children.length ? (
        <Level list={section.children} depth={depth + 1} numbers={numbers} selected={selected} onSelect={onSelect} problems={problems} readOnly={readOnly} />
      ) : null}
    </div>
  );
}

function kindColor(kind: Section["content"]["kind"]): string | undefined {
  switch (kind) {
    case "news":
    case "leader-visits":
      return "blue";
    case "platform-stats":
    case "window-counts":
    case "manual-progress":
    case "policy-lists":
      return "green";
    case "inspection":
      return "orange";
    default:
      return undefined;
  }
}
