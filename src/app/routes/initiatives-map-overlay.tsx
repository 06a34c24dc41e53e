import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useMatch, useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { InitiativePhotoPopup } from '@/features/attachments/components/initiative-photo-popup';
import { initiativeQueries } from '@/features/initiatives/api';
import { ChainLayer } from '@/features/initiatives/components/chain-layer';
import { DraftPinLayer } from '@/features/initiatives/components/draft-pin-layer';
import { InitiativeLayer } from '@/features/initiatives/components/initiative-layer';
import { useInitiativeLookups } from './initiative-lookups';

/** What the initiative routes draw on the shared map: the clustered initiatives with the list's filters, the chain of
 *  the selected one, and while proposing the draft pin. */
export function InitiativesMapOverlay() {
  const proposing = useMatch(paths.proposeInitiative.pattern);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { args } = useInitiativeLookups();
  const selected = params.get('initiatief') ?? undefined;
  const markers = useQuery(initiativeQueries.map(args));
  const chain = useQuery({ ...initiativeQueries.chain(selected ?? ''), enabled: !!selected && !proposing });
  const onSelect = useCallback(
    (id: string) => {
      const next = new URLSearchParams(params);
      next.set('initiatief', id);
      void navigate(paths.initiatives.href(next.toString()));
    },
    [navigate, params],
  );
  if (proposing) return <DraftPinLayer />;
  const pin = selected ? markers.data?.find((m) => m.id === selected) : undefined;
  return (
    <>
      {markers.data ? <InitiativeLayer markers={markers.data} selectedId={selected} onSelect={onSelect} /> : null}
      {chain.data ? <ChainLayer chain={chain.data} /> : null}
      {pin ? <InitiativePhotoPopup initiativeId={pin.id} title={pin.title} lat={pin.lat} lng={pin.lng} /> : null}
    </>
  );
}
