import { useEffect, useRef, useState } from "react";

const A4_PX = 794; // 210 mm at 96 dpi
const A4_HEIGHT_PX = 1123;

type Props = { src?: string; srcDoc?: string; title: string; testId: string; mode?: string; fit: boolean; onLoad?: () => void };

/**
 * An issue's page (the renderer's HTML) in a frame, scaled down to the width available
 * so the whole A4 line is visible on a laptop; at full size on wide screens.
 */
export function PageFrame({ src, srcDoc, title, testId, mode, fit, onLoad }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setScale(Math.min(1, (el.clientWidth - 8) / (A4_PX + 40))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const s = fit ? scale : 1;
  return (
    <div ref={box} style={{ height: "100%", overflow: "auto", background: "#e9e9e9", borderRadius: 4, minHeight: 300 }}>
      <div style={{ width: (A4_PX + 40) * s, height: "100%", minHeight: A4_HEIGHT_PX * s, margin: "0 auto", overflow: "hidden" }}>
        <iframe
          key={srcDoc !== undefined ? "doc" : src}
          title={title}
          data-testid={testId}
          data-mode={mode}
          src={srcDoc !== undefined ? undefined : src}
          srcDoc={srcDoc}
          onLoad={onLoad}
          style={{ width: A4_PX + 40, height: `${100 / s}%`, minHeight: A4_HEIGHT_PX, border: 0, transform: `scale(${s})`, transformOrigin: "0 0", background: "#eee", display: "block" }}
        />
      </div>
    </div>
  );
}
