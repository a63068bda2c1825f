import { Button } from "antd";
import { FileExcelOutlined } from "@ant-design/icons";
import { useDownload } from "../hooks/useDownload";

/** Downloads one of the server's Excel exports. */
export function ExcelButton({ url, fileName, testId, size }: { url: string; fileName: string; testId: string; size?: "small" | "middle" }) {
  const { busy, get } = useDownload();
  return (
    <Button size={size} icon={<FileExcelOutlined />} loading={busy !== null} onClick={() => get("xlsx", url, fileName, "Excel")} data-testid={testId}>
      导出 Excel
    </Button>
  );
}
