import { Link } from "react-router-dom";
import { Card, List, Typography } from "antd";
import { chinesePeriod, issueNumberLine } from "@domain/present/dates";
import { ref, type IssueSummary } from "../../api/issues";
import { DownloadButtons } from "../../components/DownloadButtons";

/** The latest published issues, to read or download. */
export function RecentIssues({ issues }: { issues: IssueSummary[] }) {
  return (
    <Card title="最近发布" extra={<Link to="/archive">全部往期 →</Link>}>
      <List
        size="small"
        locale={{ emptyText: "还没有发布的周报" }}
        dataSource={issues}
        renderItem={(i) => (
          <List.Item actions={[<DownloadButtons key="d" issue={i} size="small" iconOnly />]}>
            <List.Item.Meta
              title={<Link to={`/archive/${ref(i)}`}>{issueNumberLine(i)}</Link>}
              description={<Typography.Text type="secondary">统计周期 {chinesePeriod(i.period)}</Typography.Text>}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
