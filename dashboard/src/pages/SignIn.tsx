import { useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useI18n } from '../i18n.js';
import { useSession } from '../session.js';

const TOKEN_COMMAND = 'npm run -s access -- token --role BP3KP --area 52 --sub bp3kp-nt1 --ttl 8h';

/** Where a staff member pastes a token; back to the page they came from once signed in. */
export default function SignInPage() {
  const { t } = useI18n();
  const { staff, signIn } = useSession();
  const [, navigate] = useLocation();
  const back = new URLSearchParams(useSearch()).get('ke');
  const [token, setToken] = useState('');
  const [refused, setRefused] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!signIn(token)) return setRefused(true);
    // Only a path of this site: `ke` comes from the URL, which anyone can write.
    navigate(back?.startsWith('/') && !back.startsWith('//') ? back : '/');
  };

  return (
    <section className="sign-in">
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <p className="note">{t('signInHow')}</p>
      <pre className="command">
        <code>{TOKEN_COMMAND}</code>
      </pre>
      {staff && (
        <p data-testid="already-signed-in">
          {t('signedInAs')} <strong>{staff.subject}</strong>
        </p>
      )}
      <form onSubmit={submit}>
        <label htmlFor="token">{t('token')}</label>
        <textarea
          id="token"
          name="token"
          rows={5}
          spellCheck={false}
          autoComplete="off"
          value={token}
          onChange={(event) => {
            setToken(event.target.value);
            setRefused(false);
          }}
          aria-invalid={refused}
          aria-describedby={refused ? 'token-refused' : undefined}
        />
        {refused && (
          <p id="token-refused" className="state error" role="alert">
            {t('notAToken')}
          </p>
        )}
        <button type="submit" disabled={!token.trim()}>
          {t('signInButton')}
        </button>
      </form>
    </section>
  );
}
