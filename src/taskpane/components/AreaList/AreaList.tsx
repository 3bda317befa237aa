import * as React from "react";
import { Accordion, Subtitle2 } from "@fluentui/react-components";
import type { Status } from "../../../engine/types";
import { AreaItem } from "../AreaItem/AreaItem";
import type { AreaListProps } from "./AreaList.types";
import { useAreaListStyles } from "./useAreaListStyles";

const STATUS_ORDER: Record<Status, number> = { risk: 0, missing: 1, ok: 2 };

/**
 * Risks first, then missing areas, then the rest, each group in the checklist's order (the
 * engine reports areas in checklist order). Several areas can be open at once to compare.
 */
export const AreaList: React.FC<AreaListProps> = ({ areas: unsorted, capabilities, actions, revisedParagraphs }) => {
  const styles = useAreaListStyles();
  const areas = React.useMemo(
    () => unsorted.map((area, i) => ({ area, i })).sort((a, b) => STATUS_ORDER[a.area.status] - STATUS_ORDER[b.area.status] || a.i - b.i).map(({ area }) => area),
    [unsorted],
  );
  return (
    <section className={styles.root} aria-labelledby="area-list-heading">
      <Subtitle2 as="h2" id="area-list-heading" className={styles.heading}>
        Risk areas
      </Subtitle2>
      <Accordion multiple collapsible data-testid="area-list">
        {areas.map((area) => (
          <AreaItem key={area.id} area={area} capabilities={capabilities} actions={actions} revisedParagraphs={revisedParagraphs} />
        ))}
      </Accordion>
    </section>
  );
};
