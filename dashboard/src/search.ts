import { useLocation, useSearch } from 'wouter';

/** One query-string parameter of the page URL, and a setter that keeps the URL shareable. */
export function useSearchParam(name: string, fallback: string): [string, (value: string) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const value = new URLSearchParams(search).get(name) ?? fallback;
  const setValue = (next: string) => {
    const params = new URLSearchParams(search);
    if (next === fallback) params.delete(name);
    else params.set(name, next);
    const query = params.toString();
    navigate(query ? `${location}?${query}` : location, { replace: true });
  };
  return [value, setValue];
}
