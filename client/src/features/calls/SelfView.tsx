import type { LocalVideoTrack } from 'livekit-client';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './ParticipantTile.module.css';

/** Your own camera picture, mirrored as in a mirror; a plain box when there is none. */
export function SelfView({ track }: { track: LocalVideoTrack | undefined }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = videoRef.current;
    if (!track || !element) return;
    track.attach(element);
    return () => {
      track.detach(element);
    };
  }, [track]);
  return (
    <div className={classes.tile}>
      {track ? (
        <video
          ref={videoRef}
          className={classes.video}
          style={{ transform: 'scaleX(-1)' }}
          muted
          playsInline
          aria-hidden
        />
      ) : (
        <span className={classes.initials}>{t('calls.check.noCamera')}</span>
      )}
    </div>
  );
}
