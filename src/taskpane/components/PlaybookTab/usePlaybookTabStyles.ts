import { makeStyles, tokens } from "@fluentui/react-components";

export const usePlaybookTabStyles = makeStyles({
  loading: {
    alignSelf: "flex-start",
    paddingTop: tokens.spacingVerticalM,
  },
});
