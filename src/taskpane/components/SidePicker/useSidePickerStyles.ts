import { makeStyles } from "@fluentui/react-components";

export const useSidePickerStyles = makeStyles({
  group: {
    flexWrap: "wrap",
  },
});
