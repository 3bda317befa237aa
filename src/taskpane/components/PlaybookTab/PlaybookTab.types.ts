import type { PlaybookViewProps } from "../PlaybookView/PlaybookView.types";

/** The Playbook tab's panel: PlaybookView, loaded on first use. */
export type PlaybookTabProps = PlaybookViewProps;
