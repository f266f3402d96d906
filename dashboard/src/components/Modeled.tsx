import { useI18n } from '../i18n.js';

/** The "modeled" mark beside every figure that rests on modeled data. */
export function Modeled({ on }: { on: boolean | null | undefined }) {
  const { t } = useI18n();
  if (!on) return null;
  return (
    <abbr className="modeled" title={t('modeledHint')} data-modeled="true">
      {t('modeled')}
    </abbr>
  );
}

/** True when any of the sources given is modeled. */
export function anyModeled(sources: ({ modeled: boolean } | null | undefined)[]): boolean {
  return sources.some((source) => source?.modeled === true);
}
