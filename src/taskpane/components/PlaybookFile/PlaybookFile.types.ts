import type { PlaybookApi } from "../../hooks/usePlaybook";

export interface PlaybookFileProps {
  playbook: PlaybookApi;
  /** Word for Mac, iPad and Android drop downloads silently: show the file text to copy instead. */
  downloadsBlocked?: boolean;
}
