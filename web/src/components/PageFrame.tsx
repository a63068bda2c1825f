import { useEffect, useRef, useState } from "react";
import { PAGE } from "@src/render/layout";

const MM_PX = 96 / 25.4;
const A4_PX = Math.round(PAGE.widthMm * MM_PX); // 794 at 96 dpi
const A4_HEIGHT_PX = Math.round(PAGE.heightMm * MM_PX);
/** The frame is the page plus 20 px of grey either side (the renderer centres the page in it). */
const FRAME_PX = A4_PX + 40;
/** Where the text column starts and how wide it is in the frame, with a little of the margin kept either side. */
const GUTTER_PX = 8;
const TEXT_LEFT_PX = 20 + PAGE.margin.leftMm * MM_PX - GUTTER_PX;
const TEXT_SPAN_PX = (PAGE.widthMm - PAGE.margin.leftMm - PAGE.margin.rightMm) * MM_PX + 2 * GUTTER_PX;

type Props = { src?: string; srcDoc?: string; title: string; testId: string; mode?: string; fit: boolean; onLoad?: () => void };

/**
 * An issue's page (the renderer's HTML) in a frame, at full size where the whole page fits;
 * in a narrower space (“fit”) the page's white margins are cut off and the text column is
 * scaled to the width, so the words stay readable at 1280 px instead of shrinking with the paper.
 * The scale is on the frame as data-scale, for the test that measures the text.
 */
export function PageFrame({ src, srcDoc, title, testId, mode, fit, onLoad }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FRAME_PX + 8);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth - 8));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const crop = fit && width < FRAME_PX;
  const s = crop ? Math.min(1, width / TEXT_SPAN_PX) : 1;
  const shift = crop ? TEXT_LEFT_PX * s : 0;
  return (
    <div ref={box} style={{ height: "100%", overflow: "auto", background: "#e9e9e9", borderRadius: 4, minHeight: 300 }}>
      <div style={{ width: (crop ? TEXT_SPAN_PX : FRAME_PX) * s, height: "100%", minHeight: A4_HEIGHT_PX * s, margin: "0 auto", overflow: "hidden" }}>
        <iframe
          key={srcDoc !== undefined ? "doc" : src}
          title={title}
          data-testid={testId}
          data-mode={mode}
          data-scale={s.toFixed(3)}
          src={srcDoc !== undefined ? undefined : src}
          srcDoc={srcDoc}
          onLoad={onLoad}
          style={{ width: FRAME_PX, height: `${100 / s}%`, minHeight: A4_HEIGHT_PX, border: 0, transform: `translateX(${-shift}px) scale(${s})`, transformOrigin: "0 0", background: "#eee", display: "block" }}
        />
      </div>
    </div>
  );
}
