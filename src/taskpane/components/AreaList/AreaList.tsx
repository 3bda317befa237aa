import * as React from "react";
import { Accordion, Subtitle2 } from "@fluentui/react-components";
import { AreaItem } from "../AreaItem/AreaItem";
import type { AreaListProps } from "./AreaList.types";
import { useAreaListStyles } from "./useAreaListStyles";

/** The areas in the engine's order (it sorts risks first); several can be open at once to compare. */
export const AreaList: React.FC<AreaListProps> = ({ areas, capabilities, actions }) => {
  const styles = useAreaListStyles();
  return (
    <section className={styles.root} aria-labelledby="area-list-heading">
      <Subtitle2 as="h2" id="area-list-heading" className={styles.heading}>
        Risk areas
      </Subtitle2>
      <Accordion multiple collapsible data-testid="area-list">
        {areas.map((area) => (
          <AreaItem key={area.id} area={area} capabilities={capabilities} actions={actions} />
        ))}
      </Accordion>
    </section>
  );
};
