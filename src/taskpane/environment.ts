// Where the pane is running, and with which theme. Only index.tsx (which waits for
// office.js) and the preview create these; components receive them as props.

export type HostKind =
  /** Inside Word: the document port works. */
  | "word"
  /** The preview page: the real port over the simulated Word API. */
  | "simulated"
  /** office.js loaded but reported no host (the page was opened in a plain browser) or another Office app. */
  | "browser"
  /** office.js did not load or never became ready (offline, blocked by a proxy). */
  | "unavailable";

export type ThemeKind = "light" | "dark";

export interface PaneEnvironment {
  host: HostKind;
  theme: ThemeKind;
  /**
   * Word for Mac, iPad and Android ignore downloads from a task pane without an error, so
   * exports are shown as text to copy there (see download.ts).
   */
  downloadsBlocked?: boolean;
}

/** Office platforms whose task-pane web view drops downloads silently. */
const PLATFORMS_WITHOUT_DOWNLOADS = new Set(["Mac", "iOS", "Android"]);

/**
 * Office.onReady never settles when office.js failed to initialise, so waiting is bounded.
 * Eight seconds covers a cold start of Word on the web; past that the pane renders and says
 * what is wrong instead of staying blank.
 */
export const OFFICE_READY_TIMEOUT_MS = 8000;

export async function waitForOffice(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<PaneEnvironment> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { host: "unavailable", theme: "light" };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info === null) return { host: "unavailable", theme: "light" };
    return {
      host: info.host === Office.HostType.Word ? "word" : "browser",
      theme: officeTheme(),
      downloadsBlocked: PLATFORMS_WITHOUT_DOWNLOADS.has(String(info.platform)),
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Office.context.officeTheme gives the Office UI colours (desktop Word; undefined on some
 * platforms, then light). It is read once at start-up: Word offers no theme-change event
 * to task panes, so a theme switched while the pane is open applies on its next load.
 */
export function officeTheme(): ThemeKind {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  if (!background) return "light";
  const luminance = relativeLuminance(background);
  return luminance !== undefined && luminance < 0.4 ? "dark" : "light";
}

/** WCAG relative luminance of a #rrggbb colour, or undefined when it is not one. */
export function relativeLuminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const channel = (i: number) => {
    const c = parseInt(match[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
