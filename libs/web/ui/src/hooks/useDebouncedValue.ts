import { useEffect, useState } from 'react';

/** How long typing must pause before a search reaches the API: one request per word, not per key. */
export const SEARCH_DELAY_MS = 300;

/** The value, once it has stopped changing for `delay` ms (search boxes). */
export function useDebouncedValue<T>(value: T, delay = SEARCH_DELAY_MS): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}
