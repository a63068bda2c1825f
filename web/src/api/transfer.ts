import { ApiError, currentCsrfToken, send } from "./client";

/** The file name a response names in Content-Disposition (RFC 5987 filename* first). */
export function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get("content-disposition") ?? "";
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1].replace(/"/g, ""));
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : fallback;
}

/**
 * Downloads a file from the API and hands it to the browser's save dialog, so that a
 * failure (e.g. PDF rendering unavailable) shows the server's message instead of a broken page.
 *
 * @example
 * await download("/api/issues/2023-49/document.pdf", "窗口工作周报2023年第49期.pdf");
 */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await send("GET", path);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileNameOf(res, fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Uploads files as multipart/form-data with upload progress (fetch cannot report it).
 * Resolves with the parsed JSON answer; rejects with ApiError carrying the server's message.
 */
export function upload<T>(path: string, form: FormData, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.withCredentials = true;
    xhr.setRequestHeader("Accept", "application/json");
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader("X-CSRF-Token", token);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(Math.round((e.loaded / e.total) * 100));
    // A small or intercepted upload may end without a progress event at 100 %.
    xhr.upload.onload = () => onProgress?.(100);
    xhr.onerror = () => reject(new ApiError(0, "network", "上传失败：无法连接服务器。"));
    xhr.onload = () => {
      let body: any = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* keep null */
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const msg = body?.message && /[\u4e00-\u9fff]/.test(body.message) ? body.message : `上传失败（HTTP ${xhr.status}）。`;
      reject(new ApiError(xhr.status, body?.code ?? `http.${xhr.status}`, msg, body?.details ?? null));
    };
    xhr.send(form);
  });
}
