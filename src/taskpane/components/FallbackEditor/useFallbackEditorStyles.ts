import { makeStyles, tokens } from "@fluentui/react-components";
import { card } from "../sharedStyles";

export const useFallbackEditorStyles = makeStyles({
  root: card,
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  error: {
    color: tokens.colorStatusDangerForeground1,
  },
});
