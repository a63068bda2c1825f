import { Link } from "react-router-dom";
import { Card, Typography } from "antd";
import { ItemList, ItemRow } from "../../components/ItemList";
import { chinesePeriod, issueNumberLine } from "@domain/present/dates";
import { ref, type IssueSummary } from "../../api/issues";
import { DownloadButtons } from "../../components/DownloadButtons";

/** The latest published issues, to read or download. */
export function RecentIssues({ issues }: { issues: IssueSummary[] }) {
  return (
    <Card title="最近发布" extra={<Link to="/archive">全部往期 →</Link>}>
      <ItemList
        empty="还没有发布的周报"
        items={issues}
        rowKey={(i) => i.id}
        render={(i) => (
          <ItemRow
            actions={<DownloadButtons issue={i} size="small" iconOnly />}
            title={<Link to={`/archive/${ref(i)}`}>{issueNumberLine(i)}</Link>}
            description={<Typography.Text type="secondary">统计周期 {chinesePeriod(i.period)}</Typography.Text>}
          />
        )}
      />
    </Card>
  );
}
