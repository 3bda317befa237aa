import type { PlaybookApi } from "../../hooks/usePlaybook";

export interface PlaybookViewProps {
  playbook: PlaybookApi;
  /** Word for Mac, iPad and Android drop downloads silently: exports are shown as text there. */
  downloadsBlocked?: boolean;
}
