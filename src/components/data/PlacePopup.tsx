import { useMemo } from "react";
import { Popup } from "react-map-gl/maplibre";
import { useAppStore } from "../../state/store.ts";
import { PlaceEvidence } from "./PlaceEvidence.tsx";

/** What the sources say about a marked place, in their words, with the sources, beside its marker. */
export function PlacePopup({
  municipalityId,
  at,
  onClose,
}: {
  municipalityId: string;
  at: readonly [number, number];
  onClose: () => void;
}) {
  const all = useAppStore((s) => s.data?.dataset.places);
  const places = useMemo(() => all?.filter((p) => p.municipalityIds.includes(municipalityId)), [all, municipalityId]);
  if (!places || places.length === 0) return null;
  return (
    <Popup longitude={at[0]} latitude={at[1]} onClose={onClose} closeOnClick={false} maxWidth="20rem" anchor="bottom">
      <div className="place-popup" data-testid="place-popup">
        {places.map((p) => (
          <PlaceEvidence key={p.id} place={p} />
        ))}
      </div>
    </Popup>
  );
}
