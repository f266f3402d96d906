import { Link, useLocation } from 'wouter';
import { useI18n } from '../i18n.js';
import { useSession } from '../session.js';
import { formatTime } from '../format.js';

export const SIGN_IN_PATH = '/masuk';

/** The header's staff part: who is signed in (from the token) with sign-out, or the way to sign in. */
export function SessionBar() {
  const { t, lang } = useI18n();
  const { staff, signOut } = useSession();
  const [location] = useLocation();
  if (!staff) {
    const back = location === SIGN_IN_PATH ? '' : `?ke=${encodeURIComponent(location)}`;
    return (
      <Link href={`${SIGN_IN_PATH}${back}`} className="session">
        {t('signIn')}
      </Link>
    );
  }
  return (
    <span className="session">
      <span
        data-testid="signed-in"
        title={`${t('signedInAs')} ${staff.subject}${staff.expiresAt ? `, ${t('validUntil')} ${formatTime(staff.expiresAt, lang)}` : ''}`}
      >
        <strong>{staff.subject}</strong> · {staff.roles.join(', ')}
        {staff.areas.length > 0 && <> · {staff.areas.join(', ')}</>}
      </span>{' '}
      <button type="button" onClick={signOut}>
        {t('signOut')}
      </button>
    </span>
  );
}

/** Why the staff session ended, when the hub refused its token; shown until dismissed or a new sign-in. */
export function SessionEnded() {
  const { t } = useI18n();
  const { endedBecause, dismissEnded } = useSession();
  if (!endedBecause) return null;
  return (
    <div className="state error session-ended" role="alert" data-testid="session-ended">
      <strong>{t('sessionEnded')}</strong> <span className="note">({endedBecause})</span>{' '}
      <Link href={SIGN_IN_PATH}>{t('signIn')}</Link>{' '}
      <button type="button" onClick={dismissEnded}>
        {t('close')}
      </button>
    </div>
  );
}
