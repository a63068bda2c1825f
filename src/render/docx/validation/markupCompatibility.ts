/**
 * Markup Compatibility (ECMA-376 Part 3) as a consumer applies it before validating: the
 * namespaces a part lists in mc:Ignorable (w14, w15, … that the `docx` package declares) are
 * dropped — their attributes and elements — together with mc:Ignorable itself. What is left
 * must be valid against the ECMA-376 schemas. mc:AlternateContent keeps its mc:Fallback.
 *
 * String-based on purpose: the parts are machine-written XML without comments, CDATA or
 * nested elements of the same ignorable name, and the validator re-parses the result anyway.
 */

/** The prefixes a part declares ignorable. */
export function ignorablePrefixes(xml: string): string[] {
  const m = /\smc:Ignorable="([^"]*)"/.exec(xml);
  return m ? m[1].split(/\s+/).filter(Boolean) : [];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The part as a consumer that knows none of the ignorable namespaces sees it.
 *
 * @example
 * applyMarkupCompatibility('<w:p mc:Ignorable="w14" w14:paraId="1"><w:r/></w:p>'); // '<w:p><w:r/></w:p>'
 */
export function applyMarkupCompatibility(xml: string): string {
  let out = xml.replace(/<mc:AlternateContent\b[^>]*>[\s\S]*?<mc:Fallback>([\s\S]*?)<\/mc:Fallback>\s*<\/mc:AlternateContent>/g, "$1");
  for (const p of ignorablePrefixes(xml)) {
    const q = escapeRe(p);
    out = out
      .replace(new RegExp(`<${q}:([\\w.-]+)\\b[^>]*/>`, "g"), "")
      .replace(new RegExp(`<${q}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${q}:\\1>`, "g"), "")
      .replace(new RegExp(`\\s${q}:[\\w.-]+="[^"]*"`, "g"), "");
  }
  return out.replace(/\smc:Ignorable="[^"]*"/g, "");
}
