import { Link } from "react-router-dom";
import { Card, Empty, Space, Tag, Typography } from "antd";
import { ItemList, ItemRow } from "../../components/ItemList";
import { SECTION_KIND_LABELS } from "@domain/model/section";
import { chinesePeriod, issueNumberLine } from "@domain/present/dates";
import type { ArchiveResult } from "../../api/archive";
import { DownloadButtons } from "../../components/DownloadButtons";
import { wordsOf, type ArchiveQuery } from "@domain/archive/search";

/** Marks the query's words in a snippet. */
function Highlighted({ text, words }: { text: string; words: string[] }) {
  if (!words.length) return <>{text}</>;
  const re = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "g");
  return (
    <>
      {text.split(re).map((part, i) => (words.includes(part) ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </>
  );
}

/** The issues that answer a search, each with the sections where the words were found. */
export function SearchResults({ result, query }: { result: ArchiveResult; query: ArchiveQuery }) {
  const words = wordsOf(query.words);
  return (
    <Card size="small" title={`找到 ${result.total} 期${result.total > result.hits.length ? `（列出最新的 ${result.hits.length} 期，请加条件缩小范围）` : ""}`} data-testid="search-results">
      {result.hits.length === 0 ? (
        <Empty description="没有找到符合条件的周报，请换个关键词或放宽条件。" />
      ) : (
        <ItemList
          items={result.hits}
          rowKey={(h) => h.ref}
          pageSize={10}
          total={(n) => `共 ${n} 期`}
          render={(h) => (
            <div data-testid="search-hit">
              <ItemRow
                actions={<DownloadButtons issue={h} size="small" />}
                title={
                  <Space wrap>
                    <Link to={`/archive/${h.ref}`}>{issueNumberLine(h)}</Link>
                    <Typography.Text type="secondary">{chinesePeriod(h.period)}</Typography.Text>
                  </Space>
                }
                description={h.matches.slice(0, 3).map((m) => (
                  <div key={m.sectionId} style={{ marginTop: 4 }}>
                    <Tag>{SECTION_KIND_LABELS[m.kind]}</Tag>
                    <Typography.Text strong>{m.heading}：</Typography.Text>
                    <Typography.Text>
                      <Highlighted text={m.snippet} words={words} />
                    </Typography.Text>
                  </div>
                ))}
              />
            </div>
          )}
        />
      )}
    </Card>
  );
}
